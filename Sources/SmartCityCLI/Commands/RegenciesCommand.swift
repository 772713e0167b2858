import ProgrammeCore

extension SmartCity {
  /// `smartcity regencies`: the reference list of kabupaten and kota.
  enum Regencies: Command {
    static let commandName = "regencies"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .regenciesAbstract,
      options: [
        province,
        search,
        kind,
        OutputFormat.option(),
        OutputFormat.bom, OutputFormat.delimiter,
      ])

    static let province = OptionSpec("province", value: "province", help: .listProvince)
    static let search = OptionSpec("search", value: "text", help: .regenciesSearch)
    static let kind = OptionSpec("kind", value: "kind", help: .regenciesKind, values: RegionKind.allCases.map(\.rawValue))

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let provinceInput = try arguments.text(Self.province)
      let search = try arguments.text(Self.search)
      let store = try context.store(arguments)
      // A region's cohorts are all this command reads of the MoUs.
      let registry = context.reporting(try attempt { () throws(ProgrammeError) in try store.load(detail: .summary) })
      let province = try attempt { () throws(ProgrammeError) in
        try provinceInput.map { (text: String) throws(ProgrammeError) in
          try ProvinceResolver(provinces: registry.provinces).resolve(text)
        }
      }
      var regencies =
        search.map { RegencyResolver(regencies: registry.regencies, provinces: registry.provinces).search($0) }
        ?? registry.regencies
      let kind = arguments.value(Self.kind)
      regencies = regencies.filter { regency in
        (province == nil || regency.province == province?.code) && (kind == nil || regency.kind.rawValue == kind)
      }
      // In code order, as the store nearly always holds them already.
      if regencies.indices.dropFirst().contains(where: { regencies[$0].code < regencies[$0 - 1].code }) {
        regencies.sort { $0.code < $1.code }
      }
      let cohorts = registry.cohortsSigned(by: regencies)
      let provinceNames = Dictionary(registry.provinces.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
      let table = DataTable(
        columns: [
          .init("code", .columnCode), .init("officialName", .columnRegion), .init("kind", .columnKind),
          .init("province", .columnProvinceCode), .init("provinceName", .columnProvince), .init("cohorts", .columnCohorts),
        ],
        rows: regencies.indices.map { row in
          let regency = regencies[row]
          return [
            .text(regency.code), .text(regency.officialName), .text(regency.kind.rawValue), .text(regency.province),
            .text(provinceNames[regency.province] ?? regency.province),
            .list(cohorts[row]),
          ]
        })
      let format = OutputFormat.chosen(arguments, context)
      // People at a terminal read the province's name; machines get its code too.
      let shown = format == .table ? table.selecting(["code", "officialName", "kind", "provinceName", "cohorts"]) : table
      try TableRenderer.chosen(format, arguments, context).render(
        shown, to: context.standardOutput)
      if format == .table {
        context.standardOutput.writeLine(
          context.text(regencies.count == 1 ? .oneRegion : .regions, ["count": .number(regencies.count)]))
      }
    }
  }
}

// MARK: - Messages

extension Message {
  static let columnCohorts = Message(
    english: "Cohorts",
    indonesian: "Angkatan")
  static let regenciesAbstract = Message(
    english: "List the 514 kabupaten and kota with their Kemendagri codes, members or not.",
    indonesian: "Daftar 514 kabupaten dan kota dengan kode Kemendagri-nya, anggota atau bukan.")
  static let regenciesSearch = Message(
    english: "Only regions whose name or code contains this text.",
    indonesian: "Hanya daerah yang nama atau kodenya memuat teks ini.")
  static let regenciesKind = Message(
    english: "Only kabupaten or only kota.",
    indonesian: "Hanya kabupaten atau hanya kota.")
}
