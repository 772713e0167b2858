import ProgrammeCore

extension SmartCity {
  /// `smartcity add-mou`: registers a signed MoU.
  enum AddMoU: Command {
    static let spec = CommandSpec(
      name: "add-mou",
      abstract: .addMoUAbstract,
      discussion: .addMoUDiscussion,
      options: [
        .regency,
        date,
        cohort,
        .signatory, .office, .onBehalfOf, .venue,
        mode,
        .letter, .scope,
        area,
        .number, .confidence, .source, .evidence, .note, .dryRun,
      ])

    static let date = OptionSpec("date", value: "date", help: .optionSigningDate, required: true)
    static let cohort = OptionSpec("cohort", value: "cohort", help: .addMoUCohort)
    static let mode = OptionSpec(
      "mode", value: "mode", help: .optionMode, values: SigningMode.allCases.map(\.rawValue),
      defaultValue: .phrase(Phrase(.defaultCeremonyMode)))
    static let area = OptionSpec("area", value: "area", help: .addMoUArea)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let regency = try arguments.text(.regency), let date = try arguments.reportedDate(Self.date, today: context.today)
      else { throw .usage(.missingArgument("--regency <regency>")) }
      let name = try arguments.text(.signatory)
      let office = try arguments.text(.office)
      let onBehalfOf = try arguments.text(.onBehalfOf)
      let signatory =
        name == nil && office == nil && onBehalfOf == nil
        ? nil : Signatory(name: name, office: office, onBehalfOf: onBehalfOf)
      let request = MoURequest(
        regency: regency, signedOn: date, cohort: try arguments.text(Self.cohort), signatory: signatory,
        venue: try arguments.text(.venue), mode: arguments.value(Self.mode).flatMap(SigningMode.init(rawValue:)),
        letter: try arguments.text(.letter), scope: try arguments.list(.scope, of: ScopePoint.self),
        area: try arguments.text(Self.area), number: try arguments.text(.number),
        confidence: arguments.value(.confidence).flatMap(Confidence.init(rawValue:)), sources: try arguments.sources(),
        note: try arguments.text(.note))
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      let (mou, regencyName, warnings) = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          let mou = try registry.register(request)
          return (
            mou, registry.regency(code: mou.regency)?.officialName ?? mou.regency, registry.overfullCohortWarnings([mou.cohort])
          )
        }
      }
      for warning in warnings { context.standardError.writeLine("Warning: " + warning.text(in: context.language)) }
      var line = context.text(
        dryRun ? .wouldRegisterMoU : .registeredMoU,
        [
          "id": "\(mou.id)", "region": "\(regencyName.escapingControlCharacters)", "cohort": "\(mou.cohort)",
          "date": .date(mou.signedOn),
        ])
      if mou.sources.isEmpty { line += context.text(.unsourcedSuffix) }
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }
  }
}
