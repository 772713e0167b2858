import ProgrammeCore

extension SmartCity {
  /// `smartcity add-milestone`: records a step after the signing.
  enum AddMilestone: Command {
    static let spec = CommandSpec(
      name: "add-milestone",
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
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }
  }
}
