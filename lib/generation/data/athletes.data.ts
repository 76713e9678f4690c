/**
 * Athletes the generator knows, by sport, for "who" stand-ins of the same sphere: a swimmer for a swimmer,
 * a tennis player of the same tour for a tennis player. `from` and `to` are the years of their career at the
 * top (to: retired), so a story only gets the athletes of its own time (no 2022 champion in a 2012 final).
 *
 * Source: curated by hand for Quizwire on 2026-12-05 from general sports knowledge; years are approximate to
 * the season. No npm package ships athletes with their sport and active years.
 */
export type Sport = "swimming" | "tennis" | "football" | "cricket" | "athletics" | "gymnastics" | "golf" | "basketball";

export interface Athlete {
  name: string;
  sport: Sport;
  gender: "female" | "male";
  from: number;
  to?: number;
}

const list = (sport: Sport, gender: Athlete["gender"], entries: string): Athlete[] =>
  entries
    .trim()
    .split("\n")
    .map((line) => {
      const [name, years] = line.split("|").map((part) => part.trim());
      const [from, to] = years!.split("-");
      return { name: name!, sport, gender, from: Number(from), ...(to ? { to: Number(to) } : {}) };
    });

export const ATHLETES: readonly Athlete[] = [
  ...list(
    "swimming",
    "male",
    `Michael Phelps | 2000-2016
     Ryan Lochte | 2004-2016
     Ian Thorpe | 1998-2004
     Grant Hackett | 1998-2008
     Pieter van den Hoogenband | 1998-2008
     Chad le Clos | 2012
     Sun Yang | 2011-2020
     Adam Peaty | 2014
     Caeleb Dressel | 2017
     Léon Marchand | 2022
     Mark Spitz | 1968-1972`,
  ),
  ...list(
    "swimming",
    "female",
    `Katie Ledecky | 2012
     Missy Franklin | 2011-2019
     Natalie Coughlin | 2002-2016
     Sarah Sjöström | 2009
     Ariarne Titmus | 2018
     Summer McIntosh | 2022
     Rebecca Adlington | 2008-2013`,
  ),
  ...list(
    "tennis",
    "male",
    `Roger Federer | 2003-2022
     Rafael Nadal | 2005-2024
     Novak Djokovic | 2008
     Andy Murray | 2008-2024
     Stan Wawrinka | 2014
     Juan Martín del Potro | 2009-2022
     Daniil Medvedev | 2019
     Alexander Zverev | 2017
     Dominic Thiem | 2018-2024
     Stefanos Tsitsipas | 2019
     Carlos Alcaraz | 2022
     Jannik Sinner | 2023
     Casper Ruud | 2022
     Taylor Fritz | 2022`,
  ),
  ...list(
    "tennis",
    "female",
    `Serena Williams | 1999-2022
     Venus Williams | 2000
     Maria Sharapova | 2004-2020
     Caroline Wozniacki | 2009
     Victoria Azarenka | 2012
     Petra Kvitová | 2011
     Simona Halep | 2014-2025
     Angelique Kerber | 2016-2024
     Garbiñe Muguruza | 2016-2023
     Karolína Plíšková | 2016
     Naomi Osaka | 2018
     Ashleigh Barty | 2019-2022
     Iga Świątek | 2020
     Barbora Krejčíková | 2021
     Aryna Sabalenka | 2021
     Ons Jabeur | 2021
     Elena Rybakina | 2022
     Coco Gauff | 2022
     Jessica Pegula | 2021
     Markéta Vondroušová | 2019
     Jasmine Paolini | 2024`,
  ),
  ...list(
    "football",
    "male",
    `Zinedine Zidane | 1994-2006
     Thierry Henry | 1997-2014
     David Beckham | 1995-2013
     Wayne Rooney | 2002-2018
     Steven Gerrard | 1998-2016
     Andrés Iniesta | 2002-2024
     Cristiano Ronaldo | 2003
     Lionel Messi | 2004
     Arjen Robben | 2004-2021
     Franck Ribéry | 2006-2022
     Luka Modrić | 2008
     Manuel Neuer | 2008
     Thomas Müller | 2009
     Neymar | 2009
     Robert Lewandowski | 2010
     Mohamed Salah | 2012
     Kevin De Bruyne | 2012
     Harry Kane | 2014
     Kingsley Coman | 2014
     Kylian Mbappé | 2016
     Vinícius Júnior | 2018
     Erling Haaland | 2019
     Jude Bellingham | 2020`,
  ),
  ...list(
    "cricket",
    "male",
    `Warwick Armstrong | 1902-1921
     Don Bradman | 1928-1948
     Greg Chappell | 1970-1984
     Sunil Gavaskar | 1971-1987
     Mohammed Kaif | 2000-2006
     Irfan Pathan | 2003-2012
     Brian Lara | 1990-2007
     Sachin Tendulkar | 1989-2013
     Ricky Ponting | 1995-2012
     James Anderson | 2003-2024
     MS Dhoni | 2004-2020
     Rohit Sharma | 2007
     Virat Kohli | 2008
     Ravindra Jadeja | 2009
     Steve Smith | 2010
     Kane Williamson | 2010
     Ben Stokes | 2011
     Joe Root | 2012
     Pat Cummins | 2011
     Babar Azam | 2015
     Jasprit Bumrah | 2016
     Rishabh Pant | 2017
     Shubman Gill | 2019
     Yashasvi Jaiswal | 2023`,
  ),
  ...list(
    "athletics",
    "male",
    `Usain Bolt | 2008-2017
     Mo Farah | 2011-2023
     Eliud Kipchoge | 2003
     Noah Lyles | 2019
     Armand Duplantis | 2018`,
  ),
  ...list(
    "athletics",
    "female",
    `Allyson Felix | 2004-2022
     Shelly-Ann Fraser-Pryce | 2008
     Sydney McLaughlin-Levrone | 2016
     Faith Kipyegon | 2015
     Sifan Hassan | 2015`,
  ),
  ...list(
    "gymnastics",
    "female",
    `Larisa Latynina | 1956-1966
     Nadia Comăneci | 1976-1981
     Simone Biles | 2013
     Aly Raisman | 2010-2016
     Gabby Douglas | 2011-2016`,
  ),
  ...list(
    "gymnastics",
    "male",
    `Kohei Uchimura | 2008-2022
     Max Whitlock | 2012`,
  ),
  ...list(
    "golf",
    "male",
    `Tiger Woods | 1996
     Phil Mickelson | 1992
     Rory McIlroy | 2009
     Jordan Spieth | 2013
     Scottie Scheffler | 2020`,
  ),
  ...list(
    "basketball",
    "male",
    `Michael Jordan | 1984-2003
     Kobe Bryant | 1996-2016
     LeBron James | 2003
     Kevin Durant | 2007
     Stephen Curry | 2009
     Giannis Antetokounmpo | 2013
     Nikola Jokić | 2015`,
  ),
];
