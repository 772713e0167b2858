import ProgrammeCore

extension SmartCity {
  /// `smartcity add-quickwin`: records a quick win under one of the six pillars.
  enum AddQuickWin: Command {
    static let commandName = "add-quickwin"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .addQuickWinAbstract,
      options: [
        .regency,
        pillar,
        title,
        status,
        start,
        end,
        cohort,
        .source, .evidence, .note, .dryRun,
      ])

    static let pillar = OptionSpec(
      "pillar", value: "pillar", help: .addQuickWinPillar, required: true, values: Pillar.allCases.map(\.rawValue))
    static let title = OptionSpec("title", value: "title", help: .addQuickWinTitle, required: true)
    static let status = OptionSpec(
      "status", value: "status", help: .addQuickWinStatus, values: QuickWinStatus.allCases.map(\.rawValue),
      defaultValue: "planned")
    static let start = OptionSpec("start", value: "date", help: .addQuickWinStart)
    static let end = OptionSpec("end", value: "date", help: .addQuickWinEnd)
    static let cohort = OptionSpec("cohort", value: "cohort", help: .addQuickWinCohort)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let regency = try arguments.text(.regency), let title = try arguments.text(Self.title),
        let pillar = arguments.value(Self.pillar).flatMap(Pillar.init(rawValue:))
      else { throw .usage(.missingArgument("--regency <regency>")) }
      let request = QuickWinRequest(
        regency: regency, cohort: try arguments.text(Self.cohort), pillar: pillar, title: title,
        status: arguments.value(Self.status).flatMap(QuickWinStatus.init(rawValue:)) ?? .planned,
        start: try arguments.date(Self.start, today: context.today), end: try arguments.date(Self.end, today: context.today),
        sources: try arguments.sources(), note: try arguments.text(.note))
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      let (quickWin, name) = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          let quickWin = try registry.record(request)
          return (quickWin, registry.regency(code: quickWin.regency)?.officialName ?? quickWin.regency)
        }
      }
      var line = context.text(
        dryRun ? .wouldRecord : .recorded,
        ["id": "\(quickWin.id)", "region": "\(name.escapingControlCharacters)", "what": "\(quickWin.pillar.name)"])
      line += ", " + quickWin.status.title.text(in: context.language).lowercased()
      if quickWin.sources.isEmpty { line += context.text(.unsourcedSuffix) }
      line += context.sourcesAsStored(arguments)
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }
  }
}

// MARK: - Messages

extension Message {
  static let addQuickWinAbstract = Message(
    english: "Record a quick win of a region under one of the six pillars.",
    indonesian: "Catat quick win sebuah daerah pada salah satu dari enam pilar.")
  static let addQuickWinPillar = Message(
    english: "The pillar it serves.",
    indonesian: "Pilar yang dilayaninya.")
  static let addQuickWinTitle = Message(
    english: "What the quick win is, e.g. \"Aplikasi layanan perizinan\".",
    indonesian: "Nama quick win, misalnya \"Aplikasi layanan perizinan\".")
  static let addQuickWinStatus = Message(
    english: "Where it stands.",
    indonesian: "Keadaannya sekarang.")
  static let addQuickWinStart = Message(
    english: "When it started.",
    indonesian: "Kapan dimulai.")
  static let addQuickWinEnd = Message(
    english: "When it ended.",
    indonesian: "Kapan berakhir.")
  static let addQuickWinCohort = Message(
    english: "The cohort of the membership. (default: the region's only or latest MoU)",
    indonesian: "Angkatan keanggotaan. (bawaan: satu-satunya atau yang terakhir dari nota kesepakatan daerah itu)")
}
