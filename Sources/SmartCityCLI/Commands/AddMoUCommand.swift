import ProgrammeCore

extension SmartCity {
  /// `smartcity add-mou`: registers a signed MoU.
  enum AddMoU: Command {
    static let commandName = "add-mou"
    static let spec = CommandSpec(
      name: commandName,
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
      line += context.sourcesAsStored(arguments)
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }
  }
}

// MARK: - Messages

extension Message {
  static let addMoUAbstract = Message(
    english: "Register a signed MoU (nota kesepakatan) of a regency or city.",
    indonesian: "Catat nota kesepakatan (MoU) yang ditandatangani sebuah kabupaten/kota.")
  static let addMoUDiscussion = Message(
    english:
      "The cohort is inferred from the date's year when one cohort signs in that year. A region signs at most one MoU per cohort. The MoU joins the cohort's signing ceremony held that day, if the store has one.",
    indonesian:
      "Angkatan disimpulkan dari tahun tanggalnya bila hanya satu angkatan yang menandatangani pada tahun itu. Satu daerah menandatangani paling banyak satu nota kesepakatan per angkatan. Nota kesepakatan dikaitkan dengan seremoni penandatanganan angkatannya pada hari itu, bila registri memuatnya."
  )
  static let addMoUCohort = Message(
    english: "The cohort id, e.g. 2021. (default: the cohort signing in the date's year)",
    indonesian: "Id angkatan, misalnya 2021. (bawaan: angkatan yang menandatangani pada tahun tanggal itu)")
  static let defaultCeremonyMode = Message(
    english: "the ceremony's",
    indonesian: "sama dengan seremoninya")
  static let addMoUArea = Message(
    english: "The priority area named in the MoU, e.g. \"KPPN Labuan Bajo\".",
    indonesian: "Kawasan prioritas yang disebut dalam nota kesepakatan, misalnya \"KPPN Labuan Bajo\".")
  static let registeredMoU = Message(
    english: "Registered {id}: {region}, cohort {cohort}, signed {date}",
    indonesian: "Tercatat {id}: {region}, angkatan {cohort}, ditandatangani {date}")
  static let wouldRegisterMoU = Message(
    english: "Would register {id}: {region}, cohort {cohort}, signed {date}",
    indonesian: "Akan dicatat {id}: {region}, angkatan {cohort}, ditandatangani {date}")
}
