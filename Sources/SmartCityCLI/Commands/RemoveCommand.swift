import ProgrammeCore

extension SmartCity {
  /// `smartcity remove <id>`: takes out any record by its id (a wrong milestone, letter, claim…),
  /// with the journal, `--dry-run` and the question `remove-mou` asks.
  enum Remove: Command {
    static let commandName = "remove"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .removeAbstract,
      discussion: .removeDiscussion,
      arguments: [ArgumentSpec(name: "id", help: .removeID)],
      options: [yes, .dryRun])

    static let yes = OptionSpec("yes", short: "y", help: .removeMoUYes)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let (id, dryRun) = try target(arguments)
      let (collection, _) = try removing(
        arguments, context,
        question: { removed in
          context.text(.confirmRemoveRecord, ["record": .phrase(Phrase(removed.collection.recordNoun)), "id": "\(id)"])
        },
        take: { (registry: inout Registry) throws(ProgrammeError) in try registry.removeRecord(id: id) })
      context.standardOutput.writeLine(
        context.text(
          dryRun ? .wouldRemoveRecord : .removedRecord, ["record": .phrase(Phrase(collection.recordNoun)), "id": "\(id)"])
          + context.text(dryRun ? .dryRunSuffix : .undoPutsBack))
    }
  }
}

extension SmartCity.Remove {
  /// The id to remove and whether it is a dry run, as `remove` and `remove-mou` read them.
  static func target(_ arguments: ParsedArguments) throws(CommandFailure) -> (id: String, dryRun: Bool) {
    guard let id = arguments.positional(0)?.trimmingWhitespace, !id.isEmpty else { throw .usage(.missingArgument("<id>")) }
    return (id, arguments.flag(.dryRun))
  }

  /// A removal as `remove` and `remove-mou` make it: what would go, and whether it may, is
  /// found first; on a terminal the question is asked (elsewhere `--yes` is needed); then the
  /// removal is written with the journal, or only tried with `--dry-run`.
  static func removing<Removed>(
    as command: any Command.Type = Self.self, _ arguments: ParsedArguments, _ context: Context,
    question: (Removed) -> String,
    take: (inout Registry) throws(ProgrammeError) -> Removed
  ) throws(CommandFailure) -> Removed {
    let store = try context.store(arguments)
    let dryRun = arguments.flag(.dryRun)
    if !dryRun && !arguments.flag(yes) {
      let found = try attempt { () throws(ProgrammeError) in try store.update(dryRun: true, take) }
      try command.confirm(question(found), context)
    }
    return try attempt { () throws(ProgrammeError) in
      try store.update(dryRun: dryRun, journal: context.journalLabel, take)
    }
  }
}

// MARK: - Messages

extension Message {
  static let removeAbstract = Message(
    english: "Remove any record by its id; the previous version goes to the journal.",
    indonesian: "Hapus entri apa pun menurut id-nya; versi sebelumnya masuk ke jurnal.")
  static let removeDiscussion = Message(
    english:
      "For a milestone, quick win, unconfirmed claim, announced total, letter, ceremony, cohort or region entered by mistake. A record others still name (a ceremony its MoUs joined, a cohort with members, an MoU with milestones) is refused. On a terminal it asks first; elsewhere it needs --yes. 'smartcity undo' puts it back.",
    indonesian:
      "Untuk tahapan, quick win, klaim belum terkonfirmasi, total yang diumumkan, surat, seremoni, angkatan atau daerah yang keliru dimasukkan. Entri yang masih disebut entri lain (seremoni yang diikuti nota kesepakatan, angkatan yang beranggota, nota kesepakatan dengan tahapan) ditolak. Di terminal perintah ini bertanya dulu; di tempat lain memerlukan --yes. 'smartcity undo' mengembalikannya."
  )
  static let confirmRemoveRecord = Message(
    english: "Remove {record} {id}?",
    indonesian: "Hapus {record} {id}?")
  static let removedRecord = Message(
    english: "Removed {record} {id}",
    indonesian: "Dihapus {record} {id}")
  static let wouldRemoveRecord = Message(
    english: "Would remove {record} {id}",
    indonesian: "Akan dihapus {record} {id}")
}
