Feature: ISBNs
  People write an ISBN in many ways: as ISBN-10 or ISBN-13, with hyphens, with spaces or with
  neither. The catalogue checks the check digit (an ISBN-10 may end in X) and keeps every ISBN as its
  13 digits, so a book has one ISBN however it was written, and no two books share one.

  Scenario Outline: An ISBN is kept as its 13 digits
    When I register the book "Example" with the ISBN "<written>"
    Then the book "Example" has the ISBN "<kept>"

    Examples:
      | written           | kept          | written as                 |
      | 0-306-40615-2     | 9780306406157 | ISBN-10 with hyphens       |
      | 0 306 40615 2     | 9780306406157 | ISBN-10 with spaces        |
      | 0306406152        | 9780306406157 | ISBN-10 as bare digits     |
      | 0-8044-2957-X     | 9780804429573 | ISBN-10 ending in X        |
      | 080442957x        | 9780804429573 | ISBN-10 ending in little x |
      | 978-0-306-40615-7 | 9780306406157 | ISBN-13 with hyphens       |
      | 978 1 86197 876 9 | 9781861978769 | ISBN-13 with spaces        |
      | 9780306406157     | 9780306406157 | ISBN-13 as bare digits     |
      | 979-10-90636-07-1 | 9791090636071 | ISBN-13 starting with 979  |

  Scenario Outline: An ISBN with a wrong check digit or of the wrong shape is refused
    When I register the book "Example" with the ISBN "<written>"
    Then the catalogue refuses: the ISBN is not acceptable
    And the catalogue holds no book titled "Example"

    Examples:
      | written           | what is wrong                      |
      | 0-306-40615-3     | ISBN-10 check digit                |
      | 0-8044-2957-9     | ISBN-10 check digit should be X    |
      | 978-0-306-40615-8 | ISBN-13 check digit                |
      | 979-10-90636-07-2 | ISBN-13 check digit                |
      | 977-0-306-40615-8 | ISBN-13 starting neither 978 nor 979 |
      | 978-0-306-4061X-7 | X anywhere but at the end of ISBN-10 |
      | 0-306-40615       | too few digits                     |
      | 978-0-306-40615-77 | too many digits                   |
      | ISBN 0-306-40615-2 | more than the number               |
      |                   | nothing at all                     |

  Scenario: Two books cannot share an ISBN
    Given the book "First" with the ISBN "978-0-306-40615-7"
    When I register the book "Second" with the ISBN "9780306406157"
    Then the catalogue refuses: the ISBN belongs to another book
    And the catalogue holds no book titled "Second"

  Scenario: An ISBN written as ISBN-10 is the same ISBN as its ISBN-13
    Given the book "First" with the ISBN "978-0-306-40615-7"
    When I register the book "Second" with the ISBN "0-306-40615-2"
    Then the catalogue refuses: the ISBN belongs to another book

  Scenario: A book cannot take another book's ISBN
    Given the book "First" with the ISBN "978-0-306-40615-7"
    And the book "Second"
    When I change the ISBN of "Second" to "0306406152"
    Then the catalogue refuses: the ISBN belongs to another book
    And the book "Second" has no ISBN and no year of publication
    And the book "Second" is at version 1

  Scenario: A book keeps its own ISBN while its other details change
    Given the book "First" with the ISBN "978-0-306-40615-7"
    When I change the book "First" to:
      | title | First, revised |
      | isbn  | 0-306-40615-2  |
    Then the book "First, revised" reads:
      | title   | First, revised |
      | isbn    | 9780306406157  |
      | version | 2              |

  Scenario: The ISBN of a deleted book is free again
    Given the book "First" with the ISBN "978-0-306-40615-7"
    And I delete the book "First"
    When I register the book "Second" with the ISBN "0-306-40615-2"
    Then the book "Second" has the ISBN "9780306406157"

  Scenario: An ISBN given up by one book can be taken by another
    Given the book "First" with the ISBN "978-0-306-40615-7"
    And the book "Second"
    And I remove the ISBN of "First"
    When I change the ISBN of "Second" to "978-0-306-40615-7"
    Then the book "Second" has the ISBN "9780306406157"
