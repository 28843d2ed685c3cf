// Runs where Enfyra's data files are; under CI=true it always runs (and fails without them).
def data = new File(sharedDir, "enfyra-data/snapshot.json")
if (!data.isFile() && System.getenv('CI') != 'true') {
    println "generate-enfyra-head skipped: ${data} not found (required under CI=true)"
    return false
}
return true
