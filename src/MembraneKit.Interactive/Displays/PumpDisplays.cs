using static MembraneKit.Interactive.MathMl;

namespace MembraneKit.Interactive;

/// <summary>Displays of the Na⁺/K⁺ pump and pump–leak results.</summary>
internal static class PumpDisplays
{
    internal static string Html(SodiumPotassiumPump pump) =>
        new Card("pump", $"Na⁺/K⁺ pump: {pump.SodiumPerCycle} Na⁺ out : {pump.PotassiumPerCycle} K⁺ in per ATP", pump.ToString())
            .Facts(
                ("Na⁺ out per cycle", pump.SodiumPerCycle.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("K⁺ in per cycle", pump.PotassiumPerCycle.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("net charge out per cycle", Num.Signed(pump.NetChargePerCycle, 0) + " e"),
                ("coupling ratio r", Num.Sig(pump.CouplingRatio, 3)),
                ("K_Na (internal Na⁺ half-activation)", Num.Quantity(pump.SodiumHalfActivation)),
                ("K_K (external K⁺ half-activation)", Num.Quantity(pump.PotassiumHalfActivation)))
            .Equation("pump current (outward positive)", Block("I p equals n net times e times J",
                Sub(I("I"), T("p")), O("="), Sub(I("n"), T("net")), O("·"), I("e"), O("·"), I("J")))
            .Verdict(pump.IsElectrogenic
                ? $"Electrogenic: each cycle carries {pump.NetChargePerCycle} net positive charge out, so the pump itself hyperpolarises the membrane."
                : "Electroneutral: the pump moves no net charge.")
            .ToHtml();

    internal static string Html(PumpDemand d) =>
        new Card("pump", "ATP cost of balancing a Na⁺ leak", d.ToString())
            .Facts(
                ("Na⁺ leak current", Num.Quantity(Current.FromAmperes(Math.Abs(d.SodiumLeak.Amperes)))),
                ("Na⁺ ions per second", Num.Sig(d.SodiumIonsPerSecond, 3) + " s⁻¹"),
                ("ATP per second", Num.Sig(d.AtpPerSecond, 3) + " s⁻¹"),
                ("K⁺ ions pumped in per second", Num.Sig(d.PotassiumIonsPerSecond, 3) + " s⁻¹"),
                ("ATP", Num.Sig(d.AtpMolesPerSecond, 3) + " mol/s"),
                ("pump current", Num.Quantity(d.PumpCurrent)),
                ("ΔG of ATP hydrolysis", Num.Quantity(d.AtpFreeEnergy)),
                ("power", Num.Sig(d.PowerWatts, 3) + " W"))
            .Equation("ions per second = |I| / e; ATP per second = Na⁺ per second / n_Na", Block(
                "ATP per second equals the leak current over e times n Na",
                T("ATP/s"), O("="), Frac(Row(O("|"), I("I"), O("|")), Row(I("e"), O("·"), Sub(I("n"), T("Na")))), O("="),
                Frac(N(Num.Sig(Math.Abs(d.SodiumLeak.Amperes), 3)), Row(N("1.602×10⁻¹⁹"), O("·"), N(d.Pump.SodiumPerCycle.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
                O("="), N(Num.Sig(d.AtpPerSecond, 3)), T("\u202Fs⁻¹")))
            .Verdict($"At steady state the pump must undo the leak: {Num.Sig(d.AtpPerSecond, 3)} ATP every second, {Num.Sig(d.PowerWatts, 3)} W.")
            .UsesConstants()
            .ToHtml();

    internal static string Html(PumpCycleEnergetics e) =>
        new Card("pump", $"Energy of one pump cycle at V_m = {Num.Quantity(e.MembranePotential)}", e.ToString())
            .Facts(
                ($"moving {e.Pump.SodiumPerCycle} Na⁺ out", Num.Quantity(e.SodiumWork)),
                ($"moving {e.Pump.PotassiumPerCycle} K⁺ in", Num.Quantity(e.PotassiumWork)),
                ("needed per cycle", Num.Quantity(e.RequiredFreeEnergy)),
                ("one ATP gives", Num.Quantity(e.AvailableFreeEnergy)),
                ("surplus", Num.Quantity(e.Surplus)),
                ("efficiency", Num.Sig(e.Efficiency * 100, 3) + " %"))
            .Equation("work = −n_Na Δμ̃_Na + n_K Δμ̃_K (Δμ̃ = μ̃_in − μ̃_out)", Block("work equals minus n Na delta mu Na plus n K delta mu K",
                I("W"), O("="), O("−"), Sub(I("n"), T("Na")), O("Δ"), Sub(I("μ̃"), T("Na")), O("+"), Sub(I("n"), T("K")), O("Δ"), Sub(I("μ̃"), T("K")),
                O("="), Quantity(Num.Sig(e.RequiredFreeEnergy.KilojoulesPerMole, 3), "kJ/mol")))
            .Verdict(e.AtpSuffices
                ? $"One ATP suffices: it gives {Num.Quantity(e.AvailableFreeEnergy)}, the cycle needs {Num.Quantity(e.RequiredFreeEnergy)}."
                : $"One ATP does not suffice: the cycle needs {Num.Quantity(e.RequiredFreeEnergy)}, more than the {Num.Quantity(e.AvailableFreeEnergy)} ATP gives.")
            .UsesConstants()
            .ToHtml();

    internal static string Html(PumpLeakSteadyState s)
    {
        var (k, na) = (s.Potassium, s.Sodium);
        return new Card("pump", $"Pump–leak steady state: V = {Num.Quantity(s.Potential)}", s.ToString())
            .Facts(
                ("coupling ratio r", Num.Sig(s.CouplingRatio, 3)),
                ("P_Na / P_K", Num.Sig(s.PermeabilityRatio, 3)),
                ("V with the pump (r)", Num.Quantity(s.Potential)),
                ("V with r = 1 (two-ion GHK)", Num.Quantity(s.NonElectrogenicPotential)),
                ("electrogenic shift", Num.Quantity(s.ElectrogenicShift)))
            .Equation("Mullins–Noda equation", Block("V equals R T over F ln of r P K K out plus P Na Na out over r P K K in plus P Na Na in",
                I("V"), O("="), Frac(Row(I("R"), I("T")), I("F")), Upright("ln"),
                Paren(Frac(Row(I("r"), Sub(I("P"), T("K")), Conc("K⁺", "o"), O("+"), Sub(I("P"), T("Na")), Conc("Na⁺", "o")),
                    Row(I("r"), Sub(I("P"), T("K")), Conc("K⁺", "i"), O("+"), Sub(I("P"), T("Na")), Conc("Na⁺", "i"))))))
            .Equation("with the numbers (P_K = 1)", Block("with the numbers",
                I("V"), O("="), Quantity(Num.Sig(s.Temperature.ThermalVoltage.Millivolts, 4), "mV"), Upright("ln"),
                Paren(Frac(Row(N(Num.Sig(s.CouplingRatio, 3)), O("·"), N(Num.Compact(k.Outside.Millimolar)), O("+"), N(Num.Sig(s.PermeabilityRatio, 3)), O("·"), N(Num.Compact(na.Outside.Millimolar))),
                    Row(N(Num.Sig(s.CouplingRatio, 3)), O("·"), N(Num.Compact(k.Inside.Millimolar)), O("+"), N(Num.Sig(s.PermeabilityRatio, 3)), O("·"), N(Num.Compact(na.Inside.Millimolar))))),
                O("="), Quantity(Num.Fixed(s.Potential.Millivolts, 1), "mV")))
            .Verdict($"Net current 0 → a non-equilibrium steady state: K⁺ leaks out and Na⁺ leaks in, and the pump carries them back; its own current shifts V by {Num.Quantity(s.ElectrogenicShift)}.")
            .UsesConstants()
            .ToHtml();
    }

    internal static string Html(PumpLeakCell cell) =>
        new Card("pump", "Pump–leak cell", cell.ToString())
            .Facts(
                ("volume", Num.Quantity(cell.Volume)),
                ("surface area", Num.Quantity(cell.SurfaceArea)),
                ("specific capacitance", Num.Quantity(cell.SpecificCapacitance)),
                ("bath", cell.BathVolume is { } bath ? Num.Quantity(bath) : "infinite (outside fixed)"),
                ("pump capacity J_max", cell.IsPumpBlocked ? "blocked (0)" : Num.Sig(cell.MaximumCyclesPerSecond, 3) + " cycles/s"),
                ("pump rate now", Num.Sig(cell.PumpCyclesPerSecond, 3) + " cycles/s"),
                ("pump current now", Num.Quantity(cell.PumpCurrent)),
                ("membrane potential now", Num.Quantity(cell.MembranePotential)),
                ("membrane time constant", Num.Sig(cell.MembraneTimeConstant.TotalMilliseconds, 3) + " ms"))
            .Table(MembraneDisplay.IonTable(cell.Membrane))
            .Figure(MembraneDiagramSvg.Draw(MembraneDiagram.Of(cell.Membrane, cell.MembranePotential)))
            .Note("Run it: cell.Simulate(TimeSpan.FromHours(1)); block the pump with cell.WithPumpBlocked().")
            .UsesConstants()
            .ToHtml();

    internal static string Html(PumpLeakTrajectory t) =>
        new Card("pump", $"Pump–leak run: {Num.Quantity(t.MembranePotentials[0])} → {Num.Quantity(t.MembranePotentials[^1])}", t.ToString())
            .Chart(Charts.PumpLeakRunDown(t))
            .Verdict(RunDownVerdict(t))
            .ToHtml();

    private static string RunDownVerdict(PumpLeakTrajectory t)
    {
        var change = (t.MembranePotentials[^1] - t.MembranePotentials[0]).Millivolts;
        var what = t.Cell.IsPumpBlocked ? "With the pump blocked the gradients run down" : "With the pump running";
        return $"{what}: V_m moves by {Num.Signed(change, 1)} mV over {Num.Sig(t.TimesInSeconds[^1] / 60, 3)} min.";
    }
}
