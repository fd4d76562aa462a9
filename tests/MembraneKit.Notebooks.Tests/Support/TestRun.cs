// After the last test, the run's temporary folders are removed (see CleaningTestFramework).
[assembly: TestFramework("MembraneKit.Testing.CleaningTestFramework", "MembraneKit.Notebooks.Tests")]
