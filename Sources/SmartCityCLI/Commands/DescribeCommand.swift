import ProgrammeCore

extension SmartCity {
  /// `smartcity describe`: writes the store's description for other tools.
  enum Describe: Command {
    static let commandName = "describe"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .describeAbstract,
      discussion: .describeDiscussion)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let store = try context.store(arguments)
      let changed = try attempt { () throws(ProgrammeError) in try store.writeDescription() }
      context.standardOutput.writeLine(
        changed.isEmpty ? context.text(.descriptionUpToDate) : context.text(.wroteFiles, ["files": .texts(changed)]))
    }
  }
}

// MARK: - Messages

extension Message {
  static let describeAbstract = Message(
    english: "Write datapackage.json and the JSON Schemas (schema/) into the store.",
    indonesian: "Tulis datapackage.json dan JSON Schema (schema/) ke dalam registri.")
  static let describeDiscussion = Message(
    english:
      "The Frictionless Data Package describes every collection file as a table with its fields, keys and references; the JSON Schemas (draft 2020-12) describe each file. Run it after upgrading smartcity; 'smartcity validate' warns when they are out of date.",
    indonesian:
      "Frictionless Data Package menjelaskan setiap berkas koleksi sebagai tabel dengan kolom, kunci dan rujukannya; JSON Schema (draft 2020-12) menjelaskan tiap berkas. Jalankan setelah memperbarui smartcity; 'smartcity validate' memberi peringatan bila keduanya usang."
  )
  static let descriptionUpToDate = Message(
    english: "The description is up to date.",
    indonesian: "Deskripsi sudah mutakhir.")
  static let wroteFiles = Message(
    english: "Wrote {files}",
    indonesian: "Ditulis {files}")
}
