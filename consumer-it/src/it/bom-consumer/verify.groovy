// Post-build check (maven-invoker-plugin): the consumer, which imports only mediaops-bom, resolved at run time
// exactly the artifacts and versions that the mediaops build resolved and tested for the same dependencies.
def parse = { File f ->
    f.readLines()
     .collect { it.trim().replaceAll(/ -- .*$/, '') }
     .findAll { it ==~ /[^:\s]+:[^:\s]+:[^:\s]+(:[^:\s]+)?:[^:\s]+/ }
     .toSet()
}
def tested = parse(new File(testedList))
def resolved = parse(new File(basedir, 'target/resolved-runtime-dependencies.txt'))
assert !tested.isEmpty() : "no tested list at ${testedList}"
['com.squareup.okhttp3:okhttp-jvm', 'com.squareup.okio:okio-jvm', 'org.jetbrains.kotlin:kotlin-stdlib:'].each { key ->
    def hit = resolved.findAll { it.startsWith(key) }
    println "consumer resolved ${hit.join(', ')}"
    assert hit.size() == 1 : "${key}: ${hit}"
}
def okhttpRoot = resolved.findAll { it.startsWith('com.squareup.okhttp3:okhttp:') }
assert okhttpRoot.isEmpty() : "com.squareup.okhttp3:okhttp (Retrofit's OkHttp 4, or the empty OkHttp 5 root) resolved: ${okhttpRoot}"
def missing = tested - resolved
def extra = resolved - tested
assert missing.isEmpty() && extra.isEmpty() : "consumer differs from the tested set: missing ${missing}, extra ${extra}"
println "consumer resolved the same ${resolved.size()} run-time artifacts as the build tests"
return true
