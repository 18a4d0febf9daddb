import DutchText
import Foundation
import MeldcodeKit

// Any bytes as an answer to any question: the matcher must classify them
// without crashing, and the engine must take them as input.
let content = try! Content.load()
let questions = ["afweging.2", "leeftijd", "stap2.overleg_met", "stap1.bron", "stap1.signalen", "onbekend"]

func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let question = questions[size % questions.count]
    let reading = content.matcher.classify(InputText.clean(text), question: question)
    precondition((0...1).contains(reading.confidence))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

var arguments = CommandLine.argc
var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &vector) { data, size in fuzz(data, size) })
