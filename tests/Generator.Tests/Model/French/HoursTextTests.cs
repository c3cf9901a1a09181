using Relais.Model.French;
using Relais.Model.Hours;

namespace Relais.Generator.Tests.Model.French;

/// <summary>Opening hours said in a line (« Ouvert le mardi et le jeudi, 14 h – 17 h »), and their exceptions.</summary>
public sealed class HoursTextTests
{
    private static OpeningHours Parse(string text)
    {
        Assert.True(OpeningHoursParser.TryParse(text, out var hours, out var error), error?.Message);
        return hours;
    }

    [Theory]
    [InlineData("Tu,Th 14:00-17:00", "le mardi et le jeudi, 14 h – 17 h")]
    [InlineData("Mo-Fr 09:00-12:00,14:00-17:00; PH off", "du lundi au vendredi, 9 h – 12 h et 14 h – 17 h")]
    [InlineData("Tu,Th 09:00-12:00", "le mardi et le jeudi, 9 h – 12 h")]
    [InlineData("Mo 09:00-12:00", "le lundi, 9 h – 12 h")]
    [InlineData("Mo,We,Fr 09:00-12:00,14:00-16:30; PH off", "le lundi, le mercredi et le vendredi, 9 h – 12 h et 14 h – 16 h 30")]
    [InlineData("Tu-Fr 14:00-18:00; Sa 10:00-12:30", "du mardi au vendredi, 14 h – 18 h ; le samedi, 10 h – 12 h 30")]
    [InlineData("Mo-We 09:00-17:00; Fr 09:00-17:00", "du lundi au mercredi et le vendredi, 9 h – 17 h")]
    [InlineData("Mo-Th 09:00-12:00,14:00-17:00; Fr 09:00-12:00; PH off", "du lundi au jeudi, 9 h – 12 h et 14 h – 17 h ; le vendredi, 9 h – 12 h")]
    [InlineData("Mo 09:00-17:00; Th 14:00-17:00", "le lundi, 9 h – 17 h ; le jeudi, 14 h – 17 h")]
    [InlineData("24/7", "tous les jours, jour et nuit")]
    public void The_summary_says_which_days_and_the_times_of_each(string hours, string expected)
    {
        // Times are written with non-breaking spaces (« 9 h – 12 h » never split by a line break).
        Assert.Equal(expected, HoursText.Summary(Parse(hours)).Replace('\u00a0', ' '));
    }

    [Fact]
    public void Hours_closed_every_day_say_to_make_an_appointment()
    {
        Assert.Equal("horaires sur rendez-vous", HoursText.Summary(Parse("Mo-Su off")));
    }

    [Theory]
    [InlineData("Mo-Fr 09:00-12:00; PH off", "Fermé les jours fériés.")]
    [InlineData("Mo-Sa 09:00-12:00; Su,PH off", "Fermé les jours fériés.")]
    [InlineData("Mo-Fr 09:00-12:00; PH 10:00-12:00", "Jours fériés : 10 h – 12 h.")]
    [InlineData("Mo-Sa 09:00-12:00; Aug off", "En août : fermé.")]
    [InlineData("Mo-Sa 09:00-12:00; Jul-Aug Sa off", "En juillet et août : fermé le samedi.")]
    [InlineData("Mo-Fr 09:00-17:00; Jun-Sep Mo-Fr 09:00-12:00", "De juin à septembre : ouvert 9 h – 12 h du lundi au vendredi.")]
    [InlineData("Mo-Fr 09:00-12:00 \"sur rendez-vous l'après-midi\"", "sur rendez-vous l'après-midi")]
    [InlineData("Mo-Fr 09:00-12:00; Jul-Aug PH off", "En juillet et août : fermé les jours fériés.")]
    [InlineData("Th 14:00-17:00; \"fermé l'été\"", "fermé l'été")]
    public void Exceptions_to_the_usual_week_are_said_in_words(string hours, string expected)
    {
        var lines = HoursText.Exceptions(Parse(hours)).Select(l => l.Replace(Fr.Nbsp, ' '));

        Assert.Equal([expected], lines);
    }

    [Fact]
    public void The_usual_week_has_no_exception_to_tell()
    {
        Assert.Empty(HoursText.Exceptions(Parse("Mo-Fr 09:00-12:00; Sa 10:00-12:00")));
    }

    [Theory]
    [InlineData(new[] { DayOfWeek.Monday }, "le lundi")]
    [InlineData(new[] { DayOfWeek.Thursday, DayOfWeek.Monday }, "le lundi et le jeudi")]
    [InlineData(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday }, "le lundi et le mardi")]
    [InlineData(new[] { DayOfWeek.Friday, DayOfWeek.Thursday, DayOfWeek.Wednesday, DayOfWeek.Tuesday, DayOfWeek.Monday }, "du lundi au vendredi")]
    [InlineData(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Friday }, "du lundi au mercredi et le vendredi")]
    [InlineData(new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }, "le samedi et le dimanche")]
    public void Days_are_said_Monday_first_with_runs_of_three_or_more_as_a_span(DayOfWeek[] days, string expected)
    {
        Assert.Equal(expected, HoursText.Days(days));
    }
}
