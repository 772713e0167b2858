// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "smartcity",
  products: [
    .library(name: "ProgrammeCore", targets: ["ProgrammeCore"]),
    .executable(name: "smartcity", targets: ["SmartCityCLI"]),
    .executable(name: "smartcity-bench", targets: ["SmartCityBench"]),
    .executable(name: "smartcity-generate", targets: ["SmartCityGenerate"]),
  ],
  targets: [
    .target(
      name: "ProgrammeCore",
      // The map boundaries' licence ships with the source that embeds them.
      exclude: ["Geometry/LICENSE-wilayah_boundaries.txt"]
    ),
    .executableTarget(name: "SmartCityCLI", dependencies: ["ProgrammeCore"]),
    // Each record's fields, declared once, and the generator that writes the library's code from
    // them (`swift run smartcity-generate`); not part of the tool.
    .target(name: "RecordDeclarations"),
    .executableTarget(name: "SmartCityGenerate", dependencies: ["RecordDeclarations"]),
    // The benchmark (run by hand: `swift run -c release smartcity-bench`), not part of the tool.
    .executableTarget(name: "SmartCityBench", dependencies: ["ProgrammeCore"]),
    // Helpers shared by the test targets (temporary stores, paths); not part of the product.
    .target(name: "TestSupport", dependencies: ["ProgrammeCore"], path: "Tests/TestSupport"),
    .testTarget(name: "ProgrammeCoreTests", dependencies: ["ProgrammeCore", "RecordDeclarations", "TestSupport"]),
    .testTarget(name: "SmartCityCLITests", dependencies: ["SmartCityCLI", "ProgrammeCore", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
