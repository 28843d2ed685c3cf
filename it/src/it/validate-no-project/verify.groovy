import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'out/diagnostics.json'))
assert report.errors == 1
assert report.warnings == 0
def d = report.diagnostics[0]
assert d.code == 'ENF-S012'
assert d.file == 'schema/snapshot.json'
assert d.pointer == '/posts/columns/1/type'
assert d.line == 31 && d.column == 17
assert d.found == '"varchr"'
assert d.hint == 'did you mean "varchar"?'
// The same JSON went to standard output for tools that read it there.
assert new File(basedir, 'build.log').text.contains('"code" : "ENF-S012"')
return true
