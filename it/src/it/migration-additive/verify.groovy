def log = new File(basedir, 'build.log').text
def recorded = new File(basedir, 'src/main/enfyra/migrations').list().sort()
assert recorded == ['0001_init.json', '0002_add_orders_note.json'] : "recorded: ${recorded}"
assert log.contains('enfyra: recorded src/main/enfyra/migrations/0001_init.json (')
assert log.contains('enfyra: recorded src/main/enfyra/migrations/0002_add_orders_note.json (1 step):')
assert log.contains('add column orders.note text')
def next = new File(basedir, 'src/main/enfyra/migrations/0002_add_orders_note.json').text
def init = new File(basedir, 'src/main/enfyra/migrations/0001_init.json').text
assert next.contains('"from": "' + (init =~ /"to": "([0-9a-f]{64})"/)[0][1] + '"')
assert !next.contains('"confirmHash"')
def classes = new File(basedir, 'target/classes/com/example/shop/migrations')
assert new File(classes, 'Migration0001Init.class').isFile()
assert new File(classes, 'Migration0002AddOrdersNote.class').isFile()
assert (log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0/).size() >= 2
assert !log.contains('BUILD FAILURE')
return true
