import ProgrammeCore

/// `smartcity map`: the members on a map of Indonesia, as a standalone SVG for slides and
/// articles, with the same filters as `list`.
enum MapCommand: Command {
  static let spec = CommandSpec(
    name: "map",
    abstract: .mapAbstract,
    discussion: .mapDiscussion,
    options: [
      OptionSpec("cohort", value: "cohort", help: .listCohort),
      OptionSpec("regency", value: "regency", help: .listRegency),
      OptionSpec("province", value: "province", help: .mapProvince),
      OptionSpec("year", value: "yyyy", help: .listYear),
      OptionSpec("stage", value: "stage", help: .listStage, values: Stage.allCases.map(\.rawValue)),
      OptionSpec("pillar", value: "pillar", help: .listPillar, values: Pillar.allCases.map(\.rawValue)),
      OptionSpec("by", value: "colouring", help: .mapBy, values: IndonesiaMap.Colouring.allCases.map(\.rawValue), defaultValue: "cohort"),
      OptionSpec("output", value: "file", help: .mapOutput),
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    let store = try context.store(arguments)
    let year = try arguments.year("year")
    let cohort = try arguments.text("cohort")
    let provinceInput = try arguments.text("province")
    let regencyInput = try arguments.text("regency")
    let registry = context.reporting(try attempt { () throws(ProgrammeError) in try store.load(detail: .summary) })
    context.keptUntilExit.keep(registry)
    let filter = try attempt { () throws(ProgrammeError) in
      ParticipantFilter(
        cohort: try cohort.map { (id: String) throws(ProgrammeError) in try registry.requireCohort(id).id },
        province: try provinceInput.map { (text: String) throws(ProgrammeError) in
          try ProvinceResolver(provinces: registry.provinces).resolve(text).code
        },
        year: year,
        regency: try regencyInput.map { (text: String) throws(ProgrammeError) in
          try RegencyResolver(regencies: registry.regencies, provinces: registry.provinces).resolve(text).code
        },
        stage: arguments.value("stage").flatMap(Stage.init(rawValue:)),
        pillar: arguments.value("pillar").flatMap(Pillar.init(rawValue:)))
    }
    let colouring = arguments.value("by").flatMap(IndonesiaMap.Colouring.init(rawValue:)) ?? .cohort
    let participants = registry.participants(matching: filter)
    let regions = Set(participants.filter { $0.status == .signed }.map(\.regency.code)).count
    let title = context.text(.mapTitle, ["regions": .number(regions), "total": .number(registry.regencies.count)])
    var map = IndonesiaMap.of(
      participants, in: registry, colouring: colouring, language: context.language, province: filter.province, title: title)
    map.isStandalone = true
    let svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + map.svg + "\n"
    if let output = try arguments.text("output") {
      try ExportCommand.write([svg], to: output, context)
      context.standardError.writeLine(context.text(.wroteExport, ["file": "\(output.escapingControlCharacters)", "format": "svg"]))
    } else {
      context.standardOutput.write(svg)
    }
  }
}
