import ProgrammeCore

extension SmartCity {
  /// `smartcity undo`: takes back the last write.
  enum Undo: Command {
    static let commandName = "undo"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .undoAbstract,
      discussion: Phrase(.undoDiscussion, ["depth": .number(Store.journalDepth)]),
      options: [
        list,
        yes, .dryRun,
      ])

    static let list = OptionSpec("list", help: .undoList)
    static let yes = OptionSpec("yes", short: "y", help: .undoYes)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let store = try context.store(arguments)
      if arguments.flag(Self.list) {
        let entries = try attempt { () throws(ProgrammeError) in try store.journal() }
        guard !entries.isEmpty else {
          context.standardOutput.writeLine(context.text(.journalEmpty))
          return
        }
        // A table with its headings on a terminal, tab-separated rows for a script, as `list`.
        let table = DataTable(
          columns: [
            .init("sequence", .columnJournalEntry, alignsRight: true), .init("time", .columnJournalTime),
            .init("command", .columnJournalCommand), .init("files", .columnJournalFiles),
          ],
          rows: entries.map { [.integer($0.sequence), .text($0.label.time), .text($0.label.command), .list($0.files)] })
        TableRenderer(
          format: context.standardOutput.isTerminal ? .table : .tsv, usesColor: context.usesColor(arguments),
          language: context.language, csv: CSVWriter()
        ).render(table, to: context.standardOutput)
        return
      }
      let dryRun = arguments.flag(.dryRun)
      var entry = try attempt { () throws(ProgrammeError) in try store.undo(dryRun: true) }
      if !dryRun {
        if !arguments.flag(Self.yes) {
          try confirm(context.text(.confirmUndo, ["command": "\(entry.label.command)", "time": "\(entry.label.time)"]), context)
        }
        // Another process may have written in between: say what was really undone.
        entry = try attempt { () throws(ProgrammeError) in try store.undo() }
      }
      context.standardOutput.writeLine(
        context.text(
          dryRun ? .wouldUndo : .undid,
          ["command": "\(entry.label.command)", "time": "\(entry.label.time)", "files": .texts(entry.files)]))
    }
  }
}

// MARK: - Messages

extension Message {
  static let columnJournalEntry = Message(
    english: "Entry",
    indonesian: "Entri")
  static let columnJournalTime = Message(
    english: "Written at",
    indonesian: "Ditulis pada")
  static let columnJournalCommand = Message(
    english: "Command",
    indonesian: "Perintah")
  static let columnJournalFiles = Message(
    english: "Files replaced",
    indonesian: "Berkas yang diganti")
  static let undoAbstract = Message(
    english: "Take back the last change to the store, from the journal.",
    indonesian: "Batalkan perubahan terakhir pada registri, dari jurnal.")
  static let undoDiscussion = Message(
    english:
      "Every write keeps the previous version of the files it changed in the store's .journal folder (the last {depth} writes). undo puts back the files of the newest one; run it again to go further back. --list shows the journal. On a terminal it asks first; elsewhere it needs --yes.",
    indonesian:
      "Setiap penulisan menyimpan versi sebelumnya dari berkas yang diubahnya di folder .journal registri ({depth} penulisan terakhir). undo mengembalikan berkas dari penulisan terbaru; jalankan lagi untuk mundur lebih jauh. --list menampilkan jurnal. Di terminal perintah ini bertanya dahulu; di tempat lain perlu --yes."
  )
  static let undoList = Message(
    english: "Show the writes that can be undone, newest first, and change nothing.",
    indonesian: "Tampilkan penulisan yang dapat dibatalkan, terbaru lebih dahulu, tanpa mengubah apa pun.")
  static let undoYes = Message(
    english: "Do not ask; undo.",
    indonesian: "Jangan bertanya; langsung batalkan.")
  static let journalEmpty = Message(
    english: "The journal is empty: nothing to undo.",
    indonesian: "Jurnal kosong: tidak ada yang dapat dibatalkan.")
  static let confirmUndo = Message(
    english: "Undo '{command}' of {time}?",
    indonesian: "Batalkan '{command}' pada {time}?")
  static let undid = Message(
    english: "Undid '{command}' ({time}): restored {files}",
    indonesian: "Dibatalkan '{command}' ({time}): dipulihkan {files}")
  static let wouldUndo = Message(
    english: "Would undo '{command}' ({time}): would restore {files}",
    indonesian: "Akan dibatalkan '{command}' ({time}): akan dipulihkan {files}")
}
