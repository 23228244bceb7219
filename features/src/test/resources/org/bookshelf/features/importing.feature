Feature: Importing a catalogue
  A catalogue starts from the books people keep elsewhere: a Goodreads library export, or JSON Lines,
  one book a line, as the catalogue exports them. An import registers each book the catalogue does not
  hold yet, with its authors in the order given. An author is found by exact name, the first one
  registered when several share it, and an author nobody has yet is registered. A book the catalogue
  holds already (the same ISBN, or without ISBN the same title and authors) is left as it is, so
  importing a file twice registers nothing the second time. A line that breaks a rule is refused with
  its reason, and the other lines go on.

  Scenario: A Goodreads export registers its books with their authors in order
    Given the author "Neil Gaiman"
    When I import the Goodreads export:
      | Title      | Author          | Additional Authors | ISBN          | ISBN13           | Year Published | Original Publication Year |
      | Good Omens | Terry Pratchett | Neil Gaiman        | ="057504800X" | ="9780575048003" |                | 1990                      |
      | Coraline   | Neil Gaiman     |                    | =""           | =""              | 2002           | 2002                      |
    Then the import read 2 rows: 2 books registered, 0 already present and 0 refused
    And it registered 1 author and 3 credits
    And the authors of "Good Omens" are "Terry Pratchett" and "Neil Gaiman"
    And the book "Good Omens" has the ISBN "9780575048003"
    And the catalogue holds one author named "Neil Gaiman"

  Scenario: Importing the same file twice registers its books once
    When I import the JSON Lines:
      """
      {"title":"Dune","isbn":"0-441-17271-7","authors":[{"name":"Frank Herbert"}]}
      {"title":"Emma","authors":[{"name":"Jane Austen"}]}
      """
    And I import the same file again
    Then the import read 2 rows: 0 books registered, 2 already present and 0 refused
    And it registered 0 authors and 0 credits
    And the catalogue holds one book titled "Dune"
    And the catalogue holds one book titled "Emma"

  Scenario: A book the catalogue holds already is left as it is
    Given the book "Dune" with the ISBN "0-441-17271-7"
    And the book "Emma" by "Jane Austen"
    When I import the JSON Lines:
      """
      {"title":"Dune, 50th anniversary","isbn":"9780441172719","authors":[{"name":"Frank Herbert"}]}
      {"title":"Emma","authors":[{"name":"Jane Austen"}]}
      {"title":"Emma","authors":[{"name":"Jane Austen"},{"name":"Fay Weldon"}]}
      """
    Then the import read 3 rows: 1 book registered, 2 already present and 0 refused
    And the book "Dune" has no authors
    And the catalogue holds no book titled "Dune, 50th anniversary"
    And the catalogue holds no author named "Frank Herbert"

  Scenario: An author several share a name with is the first one registered
    Given two authors named "Anna Smith"
    When I import the JSON Lines:
      """
      {"title":"Gardening for Everyone","authors":[{"name":"Anna Smith"}]}
      """
    Then it registered 0 authors and 1 credit
    And the book "Gardening for Everyone" credits the first author named "Anna Smith"

  Scenario: A line that breaks a rule is refused with its reason, and the others go on
    When I import the JSON Lines:
      """
      {"title":"Dune","authors":[{"name":"Frank Herbert"}]}
      {"title":"   ","authors":[{"name":"Nobody"}]}
      {"title":"Emma","isbn":"978-0-306-40615-8"}
      this is not a book
      {"title":"Persuasion"}
      """
    Then the import read 5 rows: 2 books registered, 0 already present and 3 refused
    And it registered 1 author and 1 credit
    And it refused line 2: "title must not be blank"
    And it refused line 3: "ISBN-13 check digit does not match: 978-0-306-40615-8"
    And it refused line 4, which is not JSON
    And the catalogue holds no author named "Nobody"
    And the catalogue holds no book titled "Emma"

  Scenario: The catalogue's export imports as it is
    Given the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"
    And the book "Dune" with the ISBN "0-441-17271-7"
    Then the export holds 2 lines, each a book as the catalogue shows it
    When I import the catalogue's own export
    Then the import read 2 rows: 0 books registered, 2 already present and 0 refused
