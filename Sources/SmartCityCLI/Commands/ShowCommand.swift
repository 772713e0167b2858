import ProgrammeCore

extension SmartCity {
  /// `smartcity show`: everything the registry holds about one region.
  enum Show: Command {
    static let commandName = "show"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .showAbstract,
      arguments: [ArgumentSpec(name: "regency", help: .optionRegency)],
      options: [format])

    static let format = OptionSpec(
      "format", value: "format", help: .optionFormat, values: ["text", "json"], defaultValue: "text")

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let input = arguments.positional(0) ?? ""
      guard !input.trimmingWhitespace.isEmpty else {
        throw .usage(.invalidValue(input, option: "<regency>", reason: Phrase(.mustNotBeEmpty)))
      }
      let store = try context.store(arguments)
      // Read the store once: resolve the name against the regencies just read, then keep only
      // this region's MoUs (a large store holds a million; all are still checked).
      var resolved: Regency?
      let registry = context.reporting(
        try attempt { () throws(ProgrammeError) in
          try store.load { (reference: Registry) throws(ProgrammeError) in
            let regency = try RegencyResolver(regencies: reference.regencies, provinces: reference.provinces).resolve(input)
            resolved = regency
            let code = regency.code
            return { $0.regency == code }
          }
        })
      guard let regency = resolved else { return }
      let profile = RegionProfile(regency: regency, registry: registry)
      if arguments.value(Self.format) == "json" {
        context.standardOutput.write(JSONWriter().string(for: profile.jsonValue))
      } else {
        context.standardOutput.write(profile.text(color: context.usesColor(arguments), language: context.language))
      }
    }
  }
}

// MARK: - Messages

extension Message {
  static let showAbstract = Message(
    english: "Show everything the registry holds about one regency or city, with sources.",
    indonesian: "Tampilkan semua yang dimuat registri tentang satu kabupaten/kota, dengan sumbernya.")
}
