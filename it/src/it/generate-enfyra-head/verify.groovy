def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/enfyra/dev/enfyra/system')
assert log.contains('enfyra: 226 files in target/generated-sources/enfyra')
// The schema is read from the shared folder; its history is kept in the project.
assert new File(basedir, 'src/main/enfyra/migrations/0001_init.json').isFile()
assert new File(generated, 'EnfyraFilePermission.java').text.contains('ToMany<EnfyraFilePermission, EnfyraUser> ALLOWED_USERS')
assert new File(basedir, 'target/classes/dev/enfyra/system/EnfyraSchema.class').isFile()
assert !log.contains('BUILD FAILURE')
return true
