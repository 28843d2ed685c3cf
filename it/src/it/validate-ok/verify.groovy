def log = new File(basedir, 'build.log').text
assert log.contains('enfyra: 2 tables valid in')
assert !log.contains('ENF-')
return true
