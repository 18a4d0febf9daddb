import Foundation
import MeldcodeKit

// Any bytes as an organisation's copy of a dialogue, a text file or the
// lexicon: the loader must report problems, never crash or hang.
let base = ContentFiles.embedded
let targets = ["Dialogues/basismodel.yaml", "Localization/nl/questions/basismodel.yaml", "Localization/nl/lexicon.yaml"]

func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var files = base
    let target = targets[size % targets.count]
    files.files[target] = text
    // Building the matcher is most of the loading time: only when the
    // lexicon, which it reads, is the file under test.
    _ = Content.loadReporting(files, readsAnswers: target.hasSuffix("lexicon.yaml"))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

var arguments = CommandLine.argc
var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &vector) { data, size in fuzz(data, size) })
