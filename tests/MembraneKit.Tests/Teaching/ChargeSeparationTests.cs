namespace MembraneKit.Tests.Teaching;

public class ChargeSeparationTests
{
    // Reference: Hille (2001), ch. 1 and Bear, Connors & Paradiso: 1 µF/cm² at ~100 mV is ~6·10³ monovalent ions per µm²;
    // by hand: 0.01 F/m² × 0.095 V / 1.602176634e-19 C × 1e-12 m²/µm² = 5929.4 per µm².
    [Fact]
    public void Charging_a_neuron_to_minus_95_mV_moves_about_six_thousand_potassium_ions_per_square_micrometer()
    {
        var c = ChargeSeparation.Of((-95).Millivolts(), Ion.Potassium, 140.Millimolar(), 10);
        Assert.Equal(5929.4, c.IonsPerSquareMicrometer, 0.1);
    }

    [Fact]
    public void The_fraction_moved_is_a_few_in_a_hundred_thousand_for_a_ten_micrometer_cell()
    {
        // 3 n / (c N_A r) = 3 × 5.9294e15 / (140 × 6.02214076e23 × 1e-5) = 2.1099e-5
        var c = ChargeSeparation.Of((-95).Millivolts(), Ion.Potassium, 140.Millimolar(), 10);
        Assert.Equal(2.1099e-5, c.FractionMoved, 1e-8);
    }

    [Fact]
    public void A_divalent_carrier_needs_half_the_ions_and_the_sign_of_the_potential_does_not_matter()
    {
        var k = ChargeSeparation.Of(50.Millivolts(), Ion.Potassium, 140.Millimolar(), 10);
        var ca = ChargeSeparation.Of((-50).Millivolts(), Ion.Calcium, 140.Millimolar(), 10);
        Assert.Equal(k.IonsPerSquareMicrometer / 2, ca.IonsPerSquareMicrometer, 1e-9);
    }

    [Fact]
    public void A_radius_that_is_not_positive_is_refused_by_name()
    {
        var e = Assert.Throws<InvalidInputException>(() => ChargeSeparation.Of((-95).Millivolts(), Ion.Potassium, 140.Millimolar(), 0));
        Assert.Equal("cellRadiusMicrometers", e.ParamName);
    }
}
