#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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
// A reader that goes away (`smartcity list | head -1`) makes writes fail with EPIPE, which the
// output sink takes as the end of the output: the command ends quietly with its own status,
// rather than being killed by the signal.
signal(SIGPIPE, SIG_IGN)
let context = Context.live()
exit(SmartCity.main(arguments, context: context, invalidArgument: invalidArgument))
