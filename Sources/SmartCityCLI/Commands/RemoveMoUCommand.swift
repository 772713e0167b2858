import ProgrammeCore

extension SmartCity {
  /// `smartcity remove-mou`: removes a registered MoU.
  enum RemoveMoU: Command {
    static let commandName = "remove-mou"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .removeMoUAbstract,
      discussion: .removeMoUDiscussion,
      arguments: [ArgumentSpec(name: "id", help: .argumentMoUID)],
      options: [yes, .dryRun])

    static let yes = OptionSpec("yes", short: "y", help: .removeMoUYes)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let id = arguments.positional(0)?.trimmingWhitespace, !id.isEmpty else { throw .usage(.missingArgument("<id>")) }
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      if !dryRun && !arguments.flag(Self.yes) {
        // Check it exists before asking.
        let (existing, name) = try attempt { () throws(ProgrammeError) in
          try store.update(dryRun: true) { (registry: inout Registry) throws(ProgrammeError) in
            let removed = try registry.removeMoU(id)
            return (removed, registry.regency(code: removed.regency)?.officialName ?? removed.regency)
          }
        }
        // The question names the region, not only its code: a person answers it.
        try confirm(
          context.text(
            .confirmRemove,
            ["id": "\(existing.id)", "code": "\(existing.regency)", "region": "\(name)", "date": .date(existing.signedOn)]),
          context)
      }
      let removed = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          try registry.removeMoU(id)
        }
      }
      context.standardOutput.writeLine(
        context.text(dryRun ? .wouldRemove : .removed, ["id": "\(removed.id)", "date": .date(removed.signedOn)])
          + context.text(dryRun ? .dryRunSuffix : .undoPutsBack))
    }
  }
}

extension Command {
  /// Asks on a terminal; refuses without a terminal (scripts say `--yes`).
  static func confirm(_ question: String, _ context: Context) throws(CommandFailure) {
    guard let ask = context.confirm else {
      throw .other(Phrase(.needsYes, ["command": "\(spec.name)"]), .failure)
    }
    guard ask(question) else { throw .other(Phrase(.cancelled), .failure) }
  }
}

// MARK: - Messages

extension Message {
  static let removeMoUAbstract = Message(
    english: "Remove a registered MoU; the previous version goes to the journal.",
    indonesian: "Hapus nota kesepakatan yang tercatat; versi sebelumnya disimpan di jurnal.")
  static let removeMoUDiscussion = Message(
    english:
      "On a terminal it asks first; elsewhere it needs --yes. An MoU with milestones or quick wins is refused. 'smartcity undo' puts it back.",
    indonesian:
      "Di terminal perintah ini bertanya dahulu; di tempat lain perlu --yes. Nota kesepakatan yang memiliki tahapan atau quick win ditolak. 'smartcity undo' mengembalikannya."
  )
  static let confirmRemove = Message(
    english: "Remove {id} ({region}, {code}, signed {date})?",
    indonesian: "Hapus {id} ({region}, {code}, ditandatangani {date})?")
  static let wouldRemove = Message(
    english: "Would remove {id}, signed {date}",
    indonesian: "Akan dihapus {id}, ditandatangani {date}")
  static let needsYes = Message(
    english: "{command} changes the store and standard input is not a terminal; pass --yes to confirm",
    indonesian: "{command} mengubah registri dan masukan standar bukan terminal; beri --yes untuk mengonfirmasi")
  static let cancelled = Message(
    english: "cancelled; nothing was changed",
    indonesian: "dibatalkan; tidak ada yang diubah")
}
