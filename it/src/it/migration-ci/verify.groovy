def log = new File(basedir, 'build.log').text
assert log.contains('enfyra: snapshot.json has ')
assert log.contains(' not recorded in src/main/enfyra/migrations (CI mode: nothing is written):')
assert log.contains('enfyra: unrecorded schema changes (CI mode). Record them where you develop (mvn generate-sources) and commit the new file in src/main/enfyra/migrations')
// two refusals, then one recording outside CI mode, then a CI build that passes
assert (log =~ /CI mode: nothing is written/).size() == 2
assert log.contains('enfyra: recorded src/main/enfyra/migrations/0001_init.json (')
assert new File(basedir, 'src/main/enfyra/migrations').list() as List == ['0001_init.json']
assert log.contains('BUILD SUCCESS')
return true
