def log = new File(basedir, 'build.log').text
def hash = 'daae3b3161e3f8f5538eb98798f9d726ed48801ee6506ca3ff9fb3a8d8379303'
// generate refused and said what to run
assert log.contains('enfyra: snapshot.json changes the schema in ways that may lose data; not recorded:')
assert log.contains('drop column orders.status enum')
assert log.contains('ENF-C002: drops column orders.status (enum) and its values')
assert log.contains('enfyra: confirm hash: ' + hash)
assert log.contains('enfyra: to record it, run: mvn enfyra:migration -Denfyra.name=drop_orders_status -Denfyra.confirm=' + hash)
// the diff report shows what is lost, with the same hash and the command
def md = new File(basedir, 'target/enfyra/diff.md').text
assert md.contains('Confirm hash: `' + hash + '`')
assert md.contains('mvn enfyra:migration -Denfyra.name=drop_orders_status -Denfyra.confirm=' + hash)
assert md.contains('| 0 | ENF-C002 | drops column orders.status (enum) and its values |')
assert md.contains('ALTER TABLE "orders" DROP COLUMN "status"')
assert md.contains('| orders | field removed | status (record component status) | **yes** |')
// the goal without the hash refused with the same hash
assert log.contains('enfyra: no confirm hash given; this migration would be recorded:')
assert log.contains('enfyra: to record it, run: mvn enfyra:migration -Denfyra.name=drop_status -Denfyra.confirm=' + hash)
// with the printed hash it recorded
assert log.contains('enfyra: recorded src/main/enfyra/migrations/0002_drop_status.json (1 step, 1 confirmed with ' + hash + '):')
def dir = new File(basedir, 'src/main/enfyra/migrations')
assert dir.list().sort() == ['0001_init.json', '0002_drop_status.json']
def recorded = new File(dir, '0002_drop_status.json').text
assert recorded.contains('"confirmHash": "' + hash + '"')
assert recorded.contains('{"step": 0, "code": "ENF-C002", "reason": "drops column orders.status (enum) and its values"}')
assert new File(basedir, 'target/classes/com/example/shop/migrations/Migration0002DropStatus.class').isFile()
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0/
return true
