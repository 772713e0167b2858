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

    static let yes = SmartCity.Remove.yes

    /// `remove` for an MoU, refusing any other id, and naming the region and the date.
    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let (id, dryRun) = try SmartCity.Remove.target(arguments)
      let (removed, _) = try SmartCity.Remove.removing(
        as: Self.self, arguments, context,
        question: { (mou: MoU, name: String) in
          context.text(
            .confirmRemove, ["id": "\(mou.id)", "code": "\(mou.regency)", "region": "\(name)", "date": .date(mou.signedOn)])
        },
        take: { (registry: inout Registry) throws(ProgrammeError) in
          let removed = try registry.removeMoU(id)
          // The question names the region, not only its code: a person answers it.
          return (removed, registry.regency(code: removed.regency)?.officialName ?? removed.regency)
        })
      context.standardOutput.writeLine(
        context.text(dryRun ? .wouldRemove : .removed, ["id": "\(removed.id)", "date": .date(removed.signedOn)])
          + context.text(dryRun ? .dryRunSuffix : .undoPutsBack))
    }
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
