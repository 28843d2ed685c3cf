def log = new File(basedir, 'build.log').text
// Every problem is reported in one run, compiler-style, with its position and a hint.
assert log.contains('src/main/enfyra/snapshot.json:40:17: error ENF-S012: column "posts.title": unknown type "varchr"')
assert log.contains('hint:     did you mean "varchar"?')
assert log.contains('error ENF-S033: relation "posts.author": targetTable "usr" does not exist')
assert log.contains('hint:     did you mean "users"?')
assert log.contains('error ENF-S020')
assert log.contains('error ENF-S050')
assert log.contains('has errors (4 errors, 0 warnings)')
return true
