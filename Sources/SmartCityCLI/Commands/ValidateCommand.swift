import ProgrammeCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension SmartCity {
  /// `smartcity validate`: checks a store, for people and for CI.
  enum Validate: Command {
    static let spec = CommandSpec(
      name: "validate",
      abstract: .validateAbstract,
      discussion: .validateDiscussion,
      options: [
        format,
        at,
      ])

    static let format = OptionSpec(
      "format", value: "format", help: .optionFormat, values: ["text", "json"], defaultValue: "text")
    static let at = OptionSpec("at", value: "revision", help: .validateAt)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let store = try context.store(arguments)
      let validation = try attempt { () throws(ProgrammeError) in
        // A revision (`:` is the staged index, for the pre-commit hook) is validated from a copy.
        guard let revision = try? arguments.text(Self.at) ?? nil else { return try store.validate() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smartcity-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try store.copy(at: revision, into: folder).validate()
      }
      let out = context.standardOutput
      if arguments.value(Self.format) == "json" {
        out.write(
          JSONWriter().string(
            for: .object([
              "store": .string(store.directory), "valid": .bool(validation.isValid),
              "errors": .array(validation.errors.map(\.jsonValue)),
              "warnings": .array(validation.warnings.map(\.jsonValue)),
            ])))
      } else {
        for finding in validation.errors + validation.warnings {
          let severity = context.text(finding.severity == .error ? .severityError : .severityWarning)
          out.writeLine("\(severity): \(finding.phrase.text(in: context.language).escapingControlCharacters)")
        }
        let errors = validation.errors.count
        let warnings = validation.warnings.count
        out.writeLine(
          context.text(
            validation.isValid ? .storeValid : .storeInvalid,
            [
              "store": "\(store.directory)",
              "errors": .phrase(Phrase(errors == 1 ? .oneError : .errors, ["count": .number(errors)])),
              "warnings": .phrase(Phrase(warnings == 1 ? .oneWarning : .warnings, ["count": .number(warnings)])),
            ]))
      }
      guard validation.isValid else {
        throw .other(
          Phrase(.notAValidStore, ["store": "\(store.directory)", "problem": .phrase(validation.errors[0].phrase)]), .dataError)
      }
    }
  }
}
