def log = new File(basedir, 'build.log').text
assert log.contains('src/main/enfyra/snapshot.json:40:17: error ENF-S012: column "posts.title": unknown type "varchr"')
assert log.contains('error ENF-S033: relation "posts.author": targetTable "usr" does not exist')
assert log.contains('error ENF-S020')
assert log.contains('error ENF-S050')
assert log.contains('has errors (4 errors, 0 warnings); nothing was generated')
assert !new File(basedir, 'target/generated-sources/enfyra/com').exists()
return true
