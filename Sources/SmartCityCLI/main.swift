import Foundation

// Arguments are read from argv directly: Swift's CommandLine.arguments silently repairs
// invalid UTF-8, which would store U+FFFD in place of what the user typed.
var arguments: [String] = []
var invalidArgument: Int?
for index in 1..<Int(CommandLine.argc) {
  guard let pointer = CommandLine.unsafeArgv[index], let word = String(validatingCString: pointer) else {
    invalidArgument = invalidArgument ?? index
    arguments.append("")
    continue
  }
  arguments.append(word)
}
let context = Context.live()
exit(SmartCity.main(arguments, context: context, invalidArgument: invalidArgument))
