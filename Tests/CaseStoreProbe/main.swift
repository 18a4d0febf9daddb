import CaseStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// A second process for CaseStoreTests. Prints "ok" or the store error's
// key; exits 0 on success, 1 on a store error, 2 on bad usage.
//
//   CaseStoreProbe lock DIR KEYFILE ID       take the case lock and let it go
//   CaseStoreProbe hold DIR KEYFILE ID       take it, print "held", keep it until stdin closes
//   CaseStoreProbe open DIR KEYFILE          open (or create) the store and list its cases
//   CaseStoreProbe append DIR KEYFILE ID     append one event
// With --as-nobody last, a probe started as root first becomes user 65534,
// for whom permissions apply (root passes every permission check).

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.last == "--as-nobody" {
    arguments.removeLast()
    if geteuid() == 0, setgroups(0, nil) != 0 || setgid(65534) != 0 || setuid(65534) != 0 {
        say("setuid failed")
        exit(2)
    }
}
guard arguments.count >= 3 else {
    say("usage")
    exit(2)
}
let (command, directory, keyFile) = (arguments[0], URL(fileURLWithPath: arguments[1]), URL(fileURLWithPath: arguments[2]))
let id = arguments.count > 3 ? CaseID(arguments[3]) : nil

/// Unbuffered, so the test reads "held" while the lock is held.
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

do {
    let store = try CaseStore.open(directory: directory, key: .keyFile(keyFile))
    switch command {
    case "lock":
        try store.lock(id!).release()
    case "hold":
        let lock = try store.lock(id!)
        say("held")
        while readLine() != nil {}
        lock.release()
    case "open":
        _ = try store.cases(includeArchived: true)
    case "append":
        try store.append([.paused(at: Date())], to: id!)
    default:
        say("usage")
        exit(2)
    }
    say("ok")
} catch let error as CaseStoreError {
    say(error.key)
    exit(1)
}
catch {
    say("other")
    exit(1)
}
