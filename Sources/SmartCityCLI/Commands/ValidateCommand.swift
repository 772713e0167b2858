import ProgrammeCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension SmartCity {
  /// `smartcity validate`: checks a store, for people and for CI.
  enum Validate: Command {
    static let commandName = "validate"
    static let spec = CommandSpec(
      name: commandName,
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
        return try store.withCopy(at: revision) { (copy: Store) throws(ProgrammeError) in
          var validation = try copy.validate()
          // The findings name the user's files, never the temporary copy they were read from.
          for index in validation.findings.indices {
            validation.findings[index].phrase = validation.findings[index].phrase.replacing(copy.directory, with: store.directory)
          }
          return validation
        }
      }
      let out = context.standardOutput
      if arguments.value(Self.format) == "json" {
        out.write(
          JSONWriter().string(
            for: .object([
              "store": .string(store.directory), "valid": .bool(validation.isValid),
              "errors": .array(validation.errors.map(\.commandLineJSON)),
              "warnings": .array(validation.warnings.map(\.commandLineJSON)),
            ])))
      } else {
        for finding in validation.errors + validation.warnings {
          // The prefixes are the tool's fixed ones in every language, as on standard error:
          // scripts grep for them.
          let severity = finding.severity == .error ? "Error" : "Warning"
          out.writeLine("\(severity): \(finding.commandLineText(in: context.language).escapingControlCharacters)")
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

// MARK: - Messages

extension Message {
  static let validateAbstract = Message(
    english: "Check the store: every record, every reference, and the checks across records.",
    indonesian: "Periksa registri: setiap entri, setiap rujukan, dan pemeriksaan antarentri.")
  static let validateDiscussion = Message(
    english:
      "Errors (a broken file, a bad field, a duplicate id, a dangling reference, two MoUs of a region in one cohort) make the store invalid: exit status 65. Warnings (a cohort whose registered members differ from its announced size, records without a source or with an address no browser opens, an out-of-date datapackage.json) do not: exit status 0.",
    indonesian:
      "Galat (berkas rusak, kolom salah, id ganda, rujukan yang tidak ada, dua nota kesepakatan satu daerah dalam satu angkatan) membuat registri tidak sah: status keluar 65. Peringatan (angkatan yang jumlah anggota tercatatnya berbeda dari yang diumumkan, entri tanpa sumber atau dengan alamat yang tidak dapat dibuka peramban, datapackage.json yang usang) tidak: status keluar 0."
  )
  static let storeValid = Message(
    english: "{store}: valid ({errors}, {warnings})",
    indonesian: "{store}: sah ({errors}, {warnings})")
  static let storeInvalid = Message(
    english: "{store}: invalid ({errors}, {warnings})",
    indonesian: "{store}: tidak sah ({errors}, {warnings})")
  static let oneError = Message(
    english: "1 error",
    indonesian: "1 galat")
  static let errors = Message(
    english: "{count} {count|error|errors}",
    indonesian: "{count} galat")
  static let oneWarning = Message(
    english: "1 warning",
    indonesian: "1 peringatan")
  static let notAValidStore = Message(
    english: "{store} is not a valid store: {problem}",
    indonesian: "{store} bukan registri yang sah: {problem}")
  static let validateAt = Message(
    english: "Validate the store as a git revision holds it; ':' is the staged index (the pre-commit hook's check).",
    indonesian: "Validasi registri sebagaimana tersimpan di revisi git; ':' adalah indeks stage (pemeriksaan hook pre-commit).")
}
