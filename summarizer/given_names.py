"""Common given names that are clearly one gender in English-language news, so that "she" is not
resolved to the last man named. Names used for both (Jordan, Kim, Jean, Andrea, Chris, ...) are in
neither list; a name in neither tells nothing. Written for this project (names are facts, not a
data set copied from elsewhere)."""

from __future__ import annotations

from .lexicon import word_set

FEMALE = word_set(
    """
    abigail ada adriana agnes aisha alexandra alexandria alice alicia alison allison amanda amber amelia
    amy ana anastasia angela angelina anita ann anna anne annette antonia april ashley audrey ayanna
    barbara beatrice becky belinda bernadette beth betsy betty beverly brenda bridget brittany
    camila carla carmen carol carolina caroline carolyn catherine cathy cecilia charlotte chelsea cheryl
    christina christine cindy claire clara claudia colleen constance cora cynthia daisy daniela danielle
    daphne deborah debbie debra deirdre denise diana diane donna doris dorothy edith eileen elaine
    eleanor elena elisabeth elise eliza elizabeth ella ellen eloise emilia emily emma erica erin esther
    eva eve evelyn fatima felicity fiona florence frances gabriela gabrielle gail gina gloria grace
    gretchen gwen hannah harriet hazel heather heidi helen helena hillary hilary holly ida ilhan ingrid
    irene iris isabel isabella isabelle jacinda jacqueline jane janet janice jasmine jeanne jeannie
    jennifer jenny jessica jill joan joanna joanne jocelyn josephine joy joyce judith judy julia julie
    juliet june karen karine karla kate katherine kathleen kathryn kathy katie katrina kay kayla
    kirsten kristen kristin kristina kyrsten laura lauren leah liliana lillian lily linda lindsay lisa
    liz lois loretta lorraine louise lucia lucy lydia lynn madeleine madeline maggie mallory mara
    margaret margarita maria mariana marianne marie marilyn marina marion marjorie marsha martha
    mary maureen maxine megan melania melanie melinda melissa mia michaela michelle mildred miriam
    molly monica nadia nancy naomi natalia natalie natasha nicole nikki nina nora norma olga olivia
    pamela patricia paula pauline peggy penelope penny phyllis priscilla rachel rashida rebecca regina
    renee rita roberta rosa rosalind rose rosemary ruth sabrina sally samantha sandra sara sarah
    sharon sheila shirley silvia simone sofia sonia sophia sophie stacey stephanie susan susana
    suzanne sylvia tamara tammy tanya teresa theresa tiffany tina tracy ursula valerie vanessa
    veronica victoria virginia vivian wanda wendy whitney yolanda yvonne zoe
    adele adrienne agatha alma amelie angelica annie antoinette arlene beatriz bella bonnie brigitte
    brooke candace carly cassandra celeste charlene chloe christa christiane clarissa delia dolores edna
    elsa elsie erika estelle ethel eunice georgia gillian ginny greta hayley imogen indira irina isla
    jade janine jemima jodie kamala karin keira kimberly lana lara leila lena lesley lorna mabel magda
    marcia marguerite maya meghan miranda moira muriel nadine nathalie nell nirmala noreen oksana
    ophelia petra philippa polly priya priyanka rhonda rosie roxanne ruby sadie selina serena sheryl
    sienna stella susannah svetlana sybil sylvie tabitha tatiana thelma tracey valentina vera viola
    violet winifred yasmin yulia zara
    """
)

MALE = word_set(
    """
    aaron abdul abraham adam adrian ahmed alan albert alberto alejandro alexander alfred ali allen
    alvin anders andre andres andrew andy angus anthony antonio antony archie arnold arthur barack
    barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brett
    brian bruce bryan byron calvin carl carlos cecil chad charles charlie chuck clarence claude clay
    clayton clifford clint colin conor craig curtis dale dan daniel danny darren dave david dean
    dennis derek desmond diego dmitry dominic don donald doug douglas duncan dwight earl eddie edgar
    edward edwin eli elijah elliot emmanuel enrique eric erik ernest eugene evan felix fernando
    francis francisco frank franklin fred frederick gabriel gareth gary gavin gene geoffrey george
    gerald gilbert glenn gordon graham grant greg gregory gustavo guy hakeem hans harold harry harvey
    hector henry herbert howard hugh hunter ian ibrahim igor isaac ivan jack jacob jaime jake james
    jared jason javier jay jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel johann john johnny
    jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kieran
    kirk kurt kyle lance larry lawrence leon leonard leroy lloyd louis lucas luis luke malcolm manuel
    marco marcus mario mark martin marvin matt matthew maurice max maxwell melvin michael miguel mike
    mitch mitchell mohammed muhammad nathan neil nelson nicholas nick nigel noah norman oliver omar
    oscar owen pablo patrick paul pedro peter philip phillip pierre rafael ralph randall randy raul
    ray raymond reginald ricardo richard rick rob robert roberto rodney roger roland ron ronald ross
    roy russell ryan salvador samuel scott sean sergei sergio seth shawn sidney simon stanley stefan
    stephen steve steven stuart ted terrence theodore thomas tim timothy todd tom tommy tony travis
    trevor troy tyler victor vincent vladimir walter warren wayne wesley william willie xavier yusuf
    zachary
    abdullah ahmad alasdair alexei alistair ambrose amit andrei arvind austin barnaby bashar benedict
    brent bryce callum cedric ciaran clement cody colton cormac crispin cyril dafydd declan dermot
    dieter dmitri dustin dylan eamonn edmond edmund elliott ethan euan ewan farid fergus francois
    friedrich garrett gerard gerhard gerry giles giovanni giuseppe glyn godfrey hamish hassan helmut
    horace hugo humphrey hussein huw jacques jamal jasper jeremiah jonah jurgen karim kendrick kenny
    khalid klaus landon laurent lionel luca lyndon mahmoud matteo michel mikhail mitt mustafa nabil
    narendra neville newt niall nikolai oleg olivier orrin owain paolo pavel percy philippe piers
    quentin rahul rajiv rashid reuben rory rudolph rudy rufus rupert saeed sanjay seamus sergey
    spencer stefano tariq thierry toby tristan vernon viktor walid wendell wilfred willard winston
    wolfgang yasser yuri yves zane
    """
)

GIVEN = MALE | FEMALE  # any given name we know the gender of
