import ProgrammeCore

extension SmartCity {
  /// `smartcity map`: the members on a map of Indonesia, as a standalone SVG for slides and
  /// articles, with the same filters as `list`.
  enum Map: Command {
    static let spec = CommandSpec(
      name: "map",
      abstract: .mapAbstract,
      discussion: .mapDiscussion,
      options: OptionSpec.participantFilters.map {
        $0.name == "province" ? province : $0
      } + [
        by,
        output,
      ])

    static let province = OptionSpec("province", value: "province", help: .mapProvince)
    static let by = OptionSpec(
      "by", value: "colouring", help: .mapBy, values: IndonesiaMap.Colouring.allCases.map(\.rawValue), defaultValue: "cohort")
    static let output = OptionSpec("output", value: "file", help: .mapOutput)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let options = try arguments.participantFilterOptions()
      let output = try arguments.text(Self.output)
      let store = try context.store(arguments)
      let registry = context.reporting(try attempt { () throws(ProgrammeError) in try store.load(detail: .summary) })
      context.keptUntilExit.keep(registry)
      let filter = try options.resolved(in: registry)
      let colouring = arguments.value(Self.by).flatMap(IndonesiaMap.Colouring.init(rawValue:)) ?? .cohort
      let participants = registry.participants(matching: filter)
      let regions = Set(participants.filter { $0.status == .signed }.map(\.regency.code)).count
      let title = context.text(.mapTitle, ["regions": .number(regions), "total": .number(registry.regencies.count)])
      var map = IndonesiaMap.of(
        participants, in: registry, colouring: colouring, language: context.language, province: filter.province, title: title)
      map.isStandalone = true
      let svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + map.svg + "\n"
      if let output {
        try SmartCity.Export.write([svg], to: output, context)
        context.standardError.writeLine(
          context.text(.wroteExport, ["file": "\(output.escapingControlCharacters)", "format": "svg"]))
      } else {
        context.standardOutput.write(svg)
      }
    }
  }
}
