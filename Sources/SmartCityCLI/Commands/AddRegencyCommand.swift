import ProgrammeCore

/// `smartcity add-regency`: a region that the reference list lacks (a new kabupaten).
enum AddRegencyCommand: Command {
  static let spec = CommandSpec(
    name: "add-regency",
    abstract: .addRegencyAbstract,
    discussion: .addRegencyDiscussion,
    options: [
      OptionSpec("code", value: "code", help: .addRegencyCode, required: true),
      OptionSpec("name", value: "name", help: .addRegencyName, required: true),
      OptionSpec("official-name", value: "name", help: .addRegencyOfficialName),
      .source, .evidence, .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let code = try arguments.text("code"), let name = try arguments.text("name") else {
      throw .usage(.missingArgument("--code <code> --name <name>"))
    }
    guard Regency.isCode(code), let kind = Regency.kind(ofCode: code) else {
      throw .usage(
        .invalidValue(
          code.quotedInMessage, option: "--code <code>",
          reason: Phrase(.expectedRegencyCode, ["found": "\(code.quotedInMessage)"])))
    }
    let regency = Regency(
      code: code, name: name, officialName: try arguments.text("official-name"), kind: kind,
      province: String(code.prefix(2)), sources: try arguments.sources())
    try AddRecord.add(
      regency, describedAs: .verbatim("\(regency.code) \(regency.officialName)"), arguments, context)
  }
}
