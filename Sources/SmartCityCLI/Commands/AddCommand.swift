import ProgrammeCore

extension SmartCity {
  /// `smartcity add <collection>`: adds a record of any kind field by field, as one row of an
  /// import: the way to record a ceremony, an unconfirmed claim or an announced total.
  enum Add: Command {
    static let commandName = "add"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .addAbstract,
      discussion: .addDiscussion,
      arguments: [
        ArgumentSpec(name: "collection", help: .addCollection, values: Registry.importable.map(\.rawValue))
      ],
      options: [.setField, source, .evidence, .dryRun])

    static let source = OptionSpec("source", value: "source", help: .optionAddSource, repeatable: true)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let name = arguments.positional(0)?.trimmingWhitespace, !name.isEmpty else {
        throw .usage(.missingArgument("<collection>"))
      }
      guard let collection = Collection(rawValue: name.lowercased()) else {
        throw .usage(
          .invalidValue(
            name.quotedInMessage, option: "<collection>",
            reason: Phrase(.useOneOf, ["values": .texts(Registry.importable.map(\.rawValue))])))
      }
      let changes = try arguments.fieldChanges()
      guard !changes.assignments.isEmpty else { throw .usage(.missingValue("--set <field=value>")) }
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      let write = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          try registry.addRecord(to: collection, changes)
        }
      }
      for warning in write.warnings { context.standardError.writeLine("Warning: " + warning.text(in: context.language)) }
      var line = context.text(
        dryRun ? .wouldAddRecord : .addedRecord, ["record": .phrase(Phrase(collection.recordNoun)), "id": "\(write.id)"])
      if write.after["sources"]?.arrayValue?.isEmpty == true { line += context.text(.unsourcedSuffix) }
      line += context.sourcesAsStored(arguments)
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }
  }
}

// MARK: - Messages

extension Message {
  static let addAbstract = Message(
    english: "Add a record of any kind, field by field, as one row of an import.",
    indonesian: "Tambahkan entri jenis apa pun, isian demi isian, seperti satu baris impor.")
  static let addDiscussion = Message(
    english:
      "For ceremonies, unconfirmed claims, announced totals and any other collection. Fields and values are read as 'smartcity edit' reads them; a field the collection lacks is refused with the list of its fields (Data/schema/ describes each). The record is checked as import checks a row.",
    indonesian:
      "Untuk seremoni, klaim belum terkonfirmasi, total yang diumumkan dan koleksi lain. Isian dan nilainya dibaca seperti 'smartcity edit' membacanya; isian yang tidak dimiliki koleksi itu ditolak dengan daftar isiannya (Data/schema/ menjelaskan masing-masing). Entri diperiksa seperti impor memeriksa satu baris."
  )
  static let addCollection = Message(
    english: "The collection the record joins.",
    indonesian: "Koleksi tempat entri ini masuk.")
  static let addedRecord = Message(
    english: "Added {record} {id}",
    indonesian: "Ditambahkan {record} {id}")
  static let wouldAddRecord = Message(
    english: "Would add {record} {id}",
    indonesian: "Akan ditambahkan {record} {id}")
}
