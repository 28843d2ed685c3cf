def log = new File(basedir, 'build.log').text
def md = new File(basedir, 'target/enfyra/diff.md').text
def html = new File(basedir, 'target/enfyra/diff.html').text
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/enfyra/diff.json'))
assert log.contains('enfyra: report in target/enfyra/diff.md (also diff.html, diff.json)')
// the rename keeps its values; the drop and the new required column are called out
assert md.contains('rename column customers.email to mail (values kept)')
assert md.contains('| ENF-C002 | drops column orders.total (decimal(12, 2)) and its values |')
assert md.contains('Confirm hash: `' + json.confirmHash + '`')
assert md.contains('PostgreSQL (preview):')
assert md.contains('ALTER TABLE `customers` RENAME COLUMN `email` TO `mail`')
assert md.contains('| customers | field renamed | email -> mail (record component email -> mail) | **yes** |')
assert md.contains('| orders | field added | reference (varchar(255)), required on create | **yes** |')
assert html.contains('<h1>Schema diff</h1>')
assert json.destructive*.code == ['ENF-C002']
assert json.api.exact == true
assert json.steps.any { it.step.op == 'renameColumn' && it.step.from == 'email' }
assert json.steps.every { it.sqlPreview.keySet() == ['PostgreSQL', 'MySQL / MariaDB', 'H2'] as Set }
assert !log.contains('BUILD FAILURE')
return true
