// swift-tools-version: 6.1
// Fuzz targets for libFuzzer. Build and run with Fuzz/run.sh (not part of the
// normal build: libFuzzer brings its own main).
import PackageDescription

import Foundation

// Instrumented for libFuzzer; linked against libFuzzer without its main,
// because each target's entry point hands over to LLVMFuzzerRunDriver.
let runtime: String = {
    let base = "/opt/swift/usr/lib/clang"
    let version = (try? FileManager.default.contentsOfDirectory(atPath: base))?.sorted().last ?? ""
    return "\(base)/\(version)/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a"
}()
let fuzzer: [SwiftSetting] = []
let linker: [LinkerSetting] = [.unsafeFlags(["-sanitize=address", "-Xlinker", runtime, "-lstdc++"])]

let package = Package(
    name: "meldcode-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "meldcode", path: "..")],
    targets: [
        .executableTarget(name: "FuzzMatcher", dependencies: [.product(name: "MeldcodeKit", package: "meldcode"), .product(name: "DutchText", package: "meldcode")],
                          swiftSettings: fuzzer, linkerSettings: linker),
        .executableTarget(name: "FuzzJSONLines", dependencies: [.product(name: "MeldcodeKit", package: "meldcode")],
                          swiftSettings: fuzzer, linkerSettings: linker),
        .executableTarget(name: "FuzzYAML", dependencies: [.product(name: "MeldcodeKit", package: "meldcode")],
                          swiftSettings: fuzzer, linkerSettings: linker),
    ]
)
