def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/enfyra/com/example/blog')
assert new File(generated, 'Posts.java').isFile()
assert new File(generated, 'PostsCreate.java').isFile()
assert new File(generated, 'EnfyraSchema.java').isFile()
assert log.contains('enfyra: 34 files in target/generated-sources/enfyra (34 written, 0 unchanged, 0 deleted)')
assert log.contains('enfyra: recorded src/main/enfyra/migrations/0001_init.json (')
assert new File(generated, 'migrations/Migration0001Init.java').isFile()
assert new File(basedir, 'target/classes/META-INF/services/dev.enfyra.runtime.app.EnfyraApplication').text.trim() == 'com.example.blog.EnfyraApp'
assert new File(generated, 'PostsResource.java').isFile()
assert new File(generated, 'PostsGraphQl.java').text.contains('extends TableFetchers')
assert log.contains('enfyra: schema, settings and plugin unchanged since the last run; generation skipped')
assert log =~ /Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0/
assert !log.contains('BUILD FAILURE')
return true
