import Testing

@testable import SmartCityCLI

@Suite struct HelpTests {
  @Test func rootHelp_isTheSameEveryWay() {
    let outputs = [[], ["--help"], ["-h"], ["help"]].map { CLI.runInProcess($0) }
    for outcome in outputs {
      #expect(outcome.status == 0)
      #expect(outcome.standardOutput == outputs[0].standardOutput)
      #expect(outcome.standardError.isEmpty)
    }
    let help = outputs[0].standardOutput
    #expect(help.hasPrefix("OVERVIEW: "))
    #expect(help.contains("\nUSAGE: smartcity <subcommand>\n"))
    #expect(help.contains("\nSUBCOMMANDS:\n  add-mou                 Register a signed MoU"))
    #expect(help.hasSuffix("\n  See 'smartcity help <subcommand>' for detailed help.\n"))
    for command in SmartCity.commands { #expect(help.contains("\n  \(command.spec.name) ")) }
  }

  @Test(arguments: SmartCity.commands.map(\.spec.name))
  func commandHelp_isTheSameEveryWay(name: String) {
    let outputs = [["help", name], [name, "--help"], [name, "-h"]].map { CLI.runInProcess($0) }
    for outcome in outputs {
      #expect(outcome.status == 0)
      #expect(outcome.standardOutput == outputs[0].standardOutput)
    }
    let help = outputs[0].standardOutput
    #expect(help.hasPrefix("OVERVIEW: "))
    #expect(help.contains("\nUSAGE: smartcity \(name)"))
    #expect(help.contains("\nOPTIONS:\n"))
    #expect(help.hasSuffix("  -h, --help              Show help information.\n"))
  }

  @Test func optionLabels_startAtColumn2AndDescriptionsAtColumn26() {
    let help = CLI.runInProcess(["add-mou", "--help"]).standardOutput
    #expect(help.contains("\n  --regency <regency>     Kemendagri code (53.19) or name of the regency or\n"))
    #expect(help.contains("\n  --date <date>           Signing date: 2021-05-20, 20/05/2021 or \"20 Mei 2021\".\n"))
    // A label too long for the column puts its description on the next line.
    #expect(help.contains("\n  --on-behalf-of <office>\n                          The office a deputy signed for"))
    #expect(
      help.contains("How it was signed. (values: virtual, in-person,\n                          hybrid; default: the ceremony's)")
    )
    for line in help.split(separator: "\n") { #expect(line.count <= 80 || line.hasPrefix("USAGE:"), "\(line)") }
  }

  /// A command is found by the name it registers under, so that name and its declaration's
  /// must agree, and no two commands may share one.
  @Test func everyCommand_isRegisteredUnderItsDeclaredName() {
    for command in SmartCity.commands { #expect(command.name == command.spec.name) }
    #expect(Set(SmartCity.commands.map(\.name)).count == SmartCity.commands.count)
  }

  @Test func version_printsTheBareVersion() {
    let outcome = CLI.runInProcess(["--version"])
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == SmartCity.version + "\n")
  }

  @Test func usageError_showsTheUsageAndWhereToLook() {
    let outcome = CLI.runInProcess(["add-mou", "--regency", "53.19"])
    #expect(outcome.status == 64)
    #expect(outcome.standardOutput.isEmpty)
    #expect(
      outcome.standardError == """
        Error: Missing expected argument '--date <date>'
        Usage: \(HelpFormatter.usage(SmartCity.AddMoU.spec))
          See 'smartcity add-mou --help' for more information.

        """)
  }
}
