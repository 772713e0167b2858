import ProgrammeCore

/// `smartcity validate`: checks a store, for people and for CI.
enum ValidateCommand: Command {
  static let spec = CommandSpec(
    name: "validate",
    abstract: "Check the store: every record, every reference, and the checks across records.",
    discussion: """
      Errors (a broken file, a bad field, a duplicate id, a dangling reference, two MoUs of a \
      region in one cohort) make the store invalid: exit status 65. Warnings (a cohort whose \
      registered members differ from its announced size, records without a source, an \
      out-of-date datapackage.json) do not: exit status 0.
      """,
    options: [
      OptionSpec("format", value: "format", help: "Output format.", values: ["text", "json"], defaultValue: "text")
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    let store = try context.store(arguments)
    let validation = try attempt { () throws(ProgrammeError) in try store.validate() }
    let out = context.standardOutput
    if arguments.value("format") == "json" {
      out.write(
        JSONWriter().string(
          for: .object([
            "store": .string(store.directory), "valid": .bool(validation.isValid),
            "errors": .array(validation.errors.map(\.jsonValue)),
            "warnings": .array(validation.warnings.map(\.jsonValue)),
          ])))
    } else {
      for finding in validation.errors + validation.warnings {
        out.writeLine("\(finding.severity.rawValue): \(finding.message.escapingControlCharacters)")
      }
      let counts = "\(validation.errors.count) error\(validation.errors.count == 1 ? "" : "s"), "
        + "\(validation.warnings.count) warning\(validation.warnings.count == 1 ? "" : "s")"
      out.writeLine("\(store.directory): \(validation.isValid ? "valid" : "invalid") (\(counts))")
    }
    guard validation.isValid else {
      throw .other("\(store.directory) is not a valid store: \(validation.errors[0].message)", .dataError)
    }
  }
}

/// `smartcity describe`: writes the store's description for other tools.
enum DescribeCommand: Command {
  static let spec = CommandSpec(
    name: "describe",
    abstract: "Write datapackage.json and the JSON Schemas (schema/) into the store.",
    discussion: """
      The Frictionless Data Package describes every collection file as a table with its fields, \
      keys and references; the JSON Schemas (draft 2020-12) describe each file. Run it after \
      upgrading smartcity; 'smartcity validate' warns when they are out of date.
      """)

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    let store = try context.store(arguments)
    let changed = try attempt { () throws(ProgrammeError) in try store.writeDescription() }
    context.standardOutput.writeLine(
      changed.isEmpty ? "The description is up to date." : "Wrote " + changed.joined(separator: ", "))
  }
}
