import ProgrammeCore

/// `smartcity add-quickwin`: records a quick win under one of the six pillars.
enum AddQuickWinCommand: Command {
  static let spec = CommandSpec(
    name: "add-quickwin",
    abstract: .addQuickWinAbstract,
    options: [
      .regency,
      OptionSpec("pillar", value: "pillar", help: .addQuickWinPillar, required: true, values: Pillar.allCases.map(\.rawValue)),
      OptionSpec("title", value: "title", help: .addQuickWinTitle, required: true),
      OptionSpec(
        "status", value: "status", help: .addQuickWinStatus, values: QuickWinStatus.allCases.map(\.rawValue),
        defaultValue: "planned"),
      OptionSpec("start", value: "date", help: .addQuickWinStart),
      OptionSpec("end", value: "date", help: .addQuickWinEnd),
      OptionSpec("cohort", value: "cohort", help: .addQuickWinCohort),
      .source, .evidence, .note, .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let regency = try arguments.text("regency"), let title = try arguments.text("title"),
      let pillar = arguments.value("pillar").flatMap(Pillar.init(rawValue:))
    else { throw .usage(.missingArgument("--regency <regency>")) }
    let request = QuickWinRequest(
      regency: regency, cohort: try arguments.text("cohort"), pillar: pillar, title: title,
      status: arguments.value("status").flatMap(QuickWinStatus.init(rawValue:)) ?? .planned,
      start: try arguments.date("start", today: context.today), end: try arguments.date("end", today: context.today),
      sources: try arguments.sources(), note: try arguments.text("note"))
    let store = try context.store(arguments)
    let dryRun = arguments.flag("dry-run")
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
    if dryRun { line += context.text(.dryRunSuffix) }
    context.standardOutput.writeLine(line)
  }
}
