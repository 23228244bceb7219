Feature: Registering again under a key
  A client that cannot tell whether its registration arrived (the answer was lost on the way, say)
  sends it again. Sent under a key of the client's choosing, a registration is made once: for 24 hours
  the same registration under the same key registers nothing and answers with what the first one
  registered, as it is now. A key serves one registration only, and a refused registration does not
  use up its key.

  Scenario: A book registered twice under one key is registered once
    When I register the book "Dune" under the key "dune-1"
    And I register the book "Dune" under the key "dune-1" again
    Then both registrations answer the same book
    And the catalogue holds one book titled "Dune"

  Scenario: An author registered twice under one key is registered once
    When I register the author "Ursula K. Le Guin" under the key "le-guin"
    And I register the author "Ursula K. Le Guin" under the key "le-guin" again
    Then both registrations answer the same author
    And the catalogue holds one author named "Ursula K. Le Guin"

  Scenario: Sent again, a registration answers the book as it is now
    Given I registered the book "Dune" under the key "dune-1"
    And the title of "Dune" has been changed to "Dune (1965)"
    When I register the book "Dune" under the key "dune-1" again
    Then the registration answers the book "Dune (1965)" at version 2
    And the catalogue holds no book titled "Dune"

  Scenario: A key serves one registration only
    Given I registered the book "Dune" under the key "my-key"
    When I register the book "Emma" under the key "my-key"
    Then the catalogue refuses: the key came with another registration
    And the catalogue holds no book titled "Emma"

  Scenario: A registration deleted since is not made again
    Given I registered the book "Dune" under the key "dune-1"
    When I delete the book "Dune"
    And I register the book "Dune" under the key "dune-1" again
    Then the catalogue refuses: what the key registered has been deleted
    And the catalogue holds no book titled "Dune"

  Scenario: A refused registration does not use up its key
    Given the book "Dune" with the ISBN "0-441-17271-7"
    When I register the book "Dune again" with the ISBN "0-441-17271-7" under the key "dune-2"
    Then the catalogue refuses: the ISBN belongs to another book
    When I register the book "Emma" under the key "dune-2"
    Then the registration answers the book "Emma" at version 1
