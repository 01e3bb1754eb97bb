# Opening in the language the platform told us (issue 21): the welcome without the language question.
welcome-hinted =
    환영합니다! 이것은 { $organizer } 및 협력 단체({ $partners })가 일본 출입국관리법(입관법) 개정에 반대하며 진행하는 청원입니다.

    다른 언어를 사용하려면 “{ button-language }” 버튼을 누르세요.
