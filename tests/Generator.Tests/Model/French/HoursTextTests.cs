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
    [InlineData("Mo-Fr 09:00-12:00; Dec 24-26 off", "Du 24 au 26 décembre : fermé.")]
    [InlineData("Mo-Fr 09:00-12:00; Apr-Oct Sa 10:00-12:00", "D'avril à octobre : ouvert 10 h – 12 h le samedi.")]
    [InlineData("Mo-Fr 09:00-12:00; Aug-Sep Sa off", "En août et septembre : fermé le samedi.")]
    [InlineData("Mo-Fr 09:00-12:00; Oct-Dec Sa off", "D'octobre à décembre : fermé le samedi.")]
    [InlineData("Mo-Fr 09:00-12:00; May 1 off", "Le 1er mai : fermé.")]
    [InlineData("Mo-Fr 09:00-12:00; 2027 May 1-8 off", "Du 1er au 8 mai 2027 : fermé.")]
    [InlineData("Mo-Fr 09:00-12:00; 2026 Dec 24-Jan 02 off", "Du 24 décembre 2026 au 2 janvier 2027 : fermé.")]
    [InlineData("Mo-Fr 09:00-12:00; Dec 31 09:00-11:00", "Le 31 décembre : ouvert 9 h – 11 h.")]
    [InlineData("Mo-Fr 09:00-12:00; week 01-53/2 Sa 09:30-12:30", "Les semaines impaires : ouvert 9 h 30 – 12 h 30 le samedi.")]
    [InlineData("Mo-Fr 09:00-12:00; week 02-52/2 Sa 09:30-12:30", "Les semaines paires : ouvert 9 h 30 – 12 h 30 le samedi.")]
    [InlineData("Mo-Fr 09:00-12:00; week 10-20 We off", "Les semaines 10 à 20 : fermé le mercredi.")]
    [InlineData("Mo-Fr 09:00-12:00; Dec 24 \"sur rendez-vous\"", "Le 24 décembre : sur rendez-vous.")]
    [InlineData("Mo-Fr 09:00-12:00; Aug off \"congés\"", "En août : fermé (congés).")]
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

    [Theory]
    [InlineData("Nov-Feb Mo-Fr 09:00-12:00; Mar-Oct Mo-Fr 09:00-18:00", "2026-11-24", "de novembre à février, du lundi au vendredi, 9 h – 12 h")]
    [InlineData("Nov-Feb Mo-Fr 09:00-12:00; Mar-Oct Mo-Fr 09:00-18:00", "2027-06-01", "de mars à octobre, du lundi au vendredi, 9 h – 18 h")]
    [InlineData("Mo-Fr 09:00-12:00; Sa \"sur rendez-vous\"", "2026-11-24", "du lundi au vendredi, 9 h – 12 h ; le samedi, sur rendez-vous")]
    [InlineData("\"sur rendez-vous\"", "2026-11-24", "sur rendez-vous")]
    [InlineData("Fr 22:00-02:00", "2026-11-24", "le vendredi, 22 h – 2 h")]
    public void The_summary_names_the_season_shown_and_the_days_by_appointment(string hours, string today, string expected)
    {
        var resolved = Parse(hours).AsOf(DateOnly.ParseExact(today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, HoursText.Summary(resolved).Replace('\u00a0', ' '));
    }
}
