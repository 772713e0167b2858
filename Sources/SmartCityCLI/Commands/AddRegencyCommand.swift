import ProgrammeCore

extension SmartCity {
  /// `smartcity add-regency`: a region that the reference list lacks (a new kabupaten).
  enum AddRegency: Command {
    static let commandName = "add-regency"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .addRegencyAbstract,
      discussion: .addRegencyDiscussion,
      options: [
        code,
        name,
        officialName,
        .source, .evidence, .dryRun,
      ])

    static let code = OptionSpec("code", value: "code", help: .addRegencyCode, required: true)
    static let name = OptionSpec("name", value: "name", help: .addRegencyName, required: true)
    static let officialName = OptionSpec("official-name", value: "name", help: .addRegencyOfficialName)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let code = try arguments.text(Self.code), let name = try arguments.text(Self.name) else {
        throw .usage(.missingArgument("--code <code> --name <name>"))
      }
      guard
        let regency = Regency(
          code: code, name: name, officialName: try arguments.text(Self.officialName), sources: try arguments.sources())
      else {
        throw .usage(
          .invalidValue(
            code.quotedInMessage, option: "--code <code>",
            reason: Phrase(.expectedRegencyCode, ["found": "\(code.quotedInMessage)"])))
      }
      try AddRecord.add(
        regency, describedAs: .verbatim("\(regency.code) \(regency.officialName)"), arguments, context)
    }
  }
}

// MARK: - Messages

extension Message {
  static let addRegencyAbstract = Message(
    english: "Add a regency or city that the store's reference list lacks.",
    indonesian: "Tambahkan kabupaten/kota yang belum ada dalam daftar rujukan registri.")
  static let addRegencyDiscussion = Message(
    english:
      "For a region created after Kepmendagri 300.2.2-2138/2025. The province and the kind (kabupaten 01-69, kota 71-99) follow from the code.",
    indonesian:
      "Untuk daerah yang dibentuk setelah Kepmendagri 300.2.2-2138/2025. Provinsi dan jenisnya (kabupaten 01-69, kota 71-99) mengikuti kodenya."
  )
  static let addRegencyCode = Message(
    english: "The Kemendagri code, e.g. 91.30.",
    indonesian: "Kode Kemendagri, misalnya 91.30.")
  static let addRegencyName = Message(
    english: "The name without 'Kabupaten' or 'Kota'.",
    indonesian: "Nama tanpa 'Kabupaten' atau 'Kota'.")
  static let addRegencyOfficialName = Message(
    english: "The name as Kemendagri writes it. (default: Kabupaten/Kota <name>)",
    indonesian: "Nama sebagaimana ditulis Kemendagri. (bawaan: Kabupaten/Kota <name>)")
}
