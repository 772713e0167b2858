import ProgrammeCore

extension SmartCity {
  /// `smartcity edit <id>`: corrects any record by its id, field by field, with the journal,
  /// `--dry-run` and the checks a new record of its kind gets.
  enum Edit: Command {
    static let commandName = "edit"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .editAbstract,
      discussion: .editDiscussion,
      arguments: [ArgumentSpec(name: "id", help: .removeID)],
      options: [
        .setField,
        .clearField,
        source, .evidence, .dryRun,
      ])

    static let source = OptionSpec("source", value: "source", help: .optionAddSource, repeatable: true)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let id = arguments.positional(0)?.trimmingWhitespace, !id.isEmpty else { throw .usage(.missingArgument("<id>")) }
      let changes = try arguments.fieldChanges()
      guard !changes.isEmpty else { throw .usage(.missingChange(spec.name)) }
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      let write = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          try registry.editRecord(id: id, changes)
        }
      }
      for warning in write.warnings { context.standardError.writeLine("Warning: " + warning.text(in: context.language)) }
      var line = context.text(dryRun ? .wouldEdit : .edited, ["id": "\(id)"])
      if write.id != id { line += context.text(.renamedTo, ["id": "\(write.id)"]) }
      let changed = write.changedFields
      line +=
        ": "
        + (changed.isEmpty
          ? context.text(.nothingChanged) : context.text(.fieldsChanged, ["fields": .texts(changed.map(FieldSchema.snakeCase))]))
      line += context.sourcesAsStored(arguments)
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }
  }
}

// MARK: - Messages

extension Message {
  static let editAbstract = Message(
    english: "Correct any record by its id, field by field; the previous version goes to the journal.",
    indonesian: "Perbaiki entri apa pun menurut id-nya, isian demi isian; versi sebelumnya masuk ke jurnal.")
  static let editDiscussion = Message(
    english:
      "Fields are named as their CSV columns (signed_on), JSON keys (signedOn) or the import's aliases (tanggal), and values are read as import reads a cell: a region by name or code, a date as the press prints it, a list separated by commas. The corrected record is checked as a new one would be. A record whose id is made from its fields (an MoU, milestone, quick win, claim or announced total) takes the new id; a record others name keeps its id, or the edit is refused naming them. 'smartcity undo' takes it back.",
    indonesian:
      "Isian disebut dengan nama kolom CSV-nya (signed_on), kunci JSON-nya (signedOn) atau alias impor (tanggal), dan nilainya dibaca seperti impor membaca sel: daerah menurut nama atau kode, tanggal seperti dicetak media, daftar dipisahkan koma. Entri yang diperbaiki diperiksa seperti entri baru. Entri yang id-nya dibentuk dari isiannya (nota kesepakatan, tahapan, quick win, klaim atau total yang diumumkan) mendapat id baru; entri yang disebut entri lain tetap ber-id sama, atau perubahan ditolak dengan menyebut entri itu. 'smartcity undo' membatalkannya."
  )
}
