import ProgrammeCore

extension SmartCity {
  /// `smartcity add-milestone`: records a step after the signing.
  enum AddMilestone: Command {
    static let commandName = "add-milestone"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .addMilestoneAbstract,
      discussion: .addMilestoneDiscussion,
      options: [
        .regency,
        kind,
        date,
        until,
        cohort,
        regulation,
        .source, .evidence, .note, .dryRun,
      ])

    static let kind = OptionSpec(
      "kind", value: "kind", help: .addMilestoneKind, required: true, values: MilestoneKind.allCases.map(\.rawValue))
    static let date = OptionSpec("date", value: "date", help: .addMilestoneDate, required: true)
    static let until = OptionSpec("until", value: "date", help: .addMilestoneUntil)
    static let cohort = OptionSpec("cohort", value: "cohort", help: .addMilestoneCohort)
    static let regulation = OptionSpec("regulation", value: "number", help: .addMilestoneRegulation)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let regency = try arguments.text(.regency), let date = try arguments.reportedDate(Self.date, today: context.today),
        let kind = arguments.value(Self.kind).flatMap(MilestoneKind.init(rawValue:))
      else { throw .usage(.missingArgument("--regency <regency>")) }
      // Whether --until follows --date is the record's rule, checked by the registry for every
      // entry point (an import too).
      let until = try arguments.date(Self.until, today: context.today)
      let request = MilestoneRequest(
        regency: regency, cohort: try arguments.text(Self.cohort), kind: kind, date: date, until: until,
        regulation: try arguments.text(Self.regulation), sources: try arguments.sources(),
        note: try arguments.text(.note))
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      let (milestone, warnings, name) = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          let (milestone, warnings) = try registry.record(request)
          return (milestone, warnings, registry.regency(code: milestone.regency)?.officialName ?? milestone.regency)
        }
      }
      for warning in warnings { context.standardError.writeLine("Warning: " + warning.text(in: context.language)) }
      var line = context.text(
        dryRun ? .wouldRecord : .recorded,
        ["id": "\(milestone.id)", "region": "\(name.escapingControlCharacters)", "what": .phrase(Phrase(milestone.kind.title))])
      line +=
        ", "
        + (milestone.until.map { context.text(.dateRange, ["from": .date(milestone.date), "to": .date($0)]) }
          ?? milestone.date.text(in: context.language))
      if milestone.sources.isEmpty { line += context.text(.unsourcedSuffix) }
      line += context.sourcesAsStored(arguments)
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }
  }
}

// MARK: - Messages

extension Message {
  static let addMilestoneAbstract = Message(
    english: "Record a milestone after the signing: a Bimtek session, the masterplan, an evaluation.",
    indonesian: "Catat tahapan setelah penandatanganan: sesi Bimtek, rencana induk (masterplan), evaluasi.")
  static let addMilestoneDiscussion = Message(
    english:
      "The milestone belongs to the region's MoU in --cohort, or to its only MoU, or to the latest signed before the date. A milestone before the MoU, or a Bimtek session whose predecessor is not recorded, is stored with a warning; the same milestone twice is refused.",
    indonesian:
      "Tahapan dikaitkan dengan nota kesepakatan daerah pada --cohort, atau dengan satu-satunya nota kesepakatannya, atau dengan yang terakhir ditandatangani sebelum tanggal itu. Tahapan sebelum nota kesepakatan, atau sesi Bimtek yang tahap sebelumnya belum tercatat, disimpan dengan peringatan; tahapan yang sama dua kali ditolak."
  )
  static let addMilestoneKind = Message(
    english: "What happened.",
    indonesian: "Apa yang terjadi.")
  static let addMilestoneDate = Message(
    english: "The (first) day: 2021-06-21, 21/06/2021 or \"21 Juni 2021\".",
    indonesian: "Hari (pertama): 2021-06-21, 21/06/2021 atau \"21 Juni 2021\".")
  static let addMilestoneUntil = Message(
    english: "The last day, for a milestone over several days.",
    indonesian: "Hari terakhir, untuk tahapan yang berlangsung beberapa hari.")
  static let addMilestoneCohort = Message(
    english: "The cohort of the membership. (default: see above)",
    indonesian: "Angkatan keanggotaan. (bawaan: lihat di atas)")
  static let addMilestoneRegulation = Message(
    english: "The local regulation adopting the masterplan, e.g. a Perbup number.",
    indonesian: "Peraturan daerah yang menetapkan rencana induk (masterplan), misalnya nomor Perbup.")
}
